import { diffArrays } from 'diff';
import type { JsonValue } from '../model.js';
import { parseJsonExact, toJsonValue } from '../json.js';
import type { CapturedRequest } from './capture.js';
import { sha256, type ExpectedBody, type ExpectedPart, type ExpectedRequest } from './expected.js';
import { parseMultipart, type ReceivedPart } from './multipart.js';

/**
 * A captured request against the expected one. The file is long because both sides are written
 * as the same canonical lines (headers, cookies, forms, JSON, multipart parts), and the two
 * writers have to agree line for line; kept together, a change to one is seen next to the other.
 */

/**
 * Headers an HTTP client adds by itself. Each is ignored unless the spec sets it, in which case
 * it is compared like any other header. This is the one place that list lives.
 */
export const CLIENT_ADDED_HEADERS: readonly string[] = [
  'host',
  'user-agent',
  'accept',
  'accept-encoding',
  // undici (Node's fetch) sends these on every request.
  'accept-language',
  'sec-fetch-mode',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  // curl asks before sending a large body.
  'expect',
  // java.net.http offers an HTTP/2 upgrade on plain-text connections.
  'upgrade',
  'http2-settings',
  // The fetch standard adds both to conditional requests (If-Match and friends).
  'cache-control',
  'pragma',
  // The spec sets Content-Type whenever there is a body, so this only ignores it on a request
  // without one (Ruby's Net::HTTP labels an empty PUT as a form).
  'content-type',
];

export interface Comparison {
  ok: boolean;
  /** `- expected` / `+ received` lines, only where the two differ. */
  diff: string[];
}

/**
 * Compares what arrived with what the spec describes. Both are described as one canonical line
 * per fact (method, path, each query pair, header, cookie, body field), so a mismatch prints as
 * a line diff naming exactly the fact that differs.
 */
/**
 * `addedHeaders`: headers this client's library (or browser) adds on its own beyond
 * CLIENT_ADDED_HEADERS (its client.yaml's verify.addedHeaders); ignored unless the spec sets them.
 */
export function compareRequest(expected: ExpectedRequest, received: CapturedRequest, addedHeaders: readonly string[] = []): Comparison {
  const want = describeExpected(expected);
  const got = describeReceived(received, expected, addedHeaders);
  const diff: string[] = [];
  for (const change of diffArrays(want, got)) {
    if (change.added) diff.push(...change.value.map((l) => `+ ${l}`));
    else if (change.removed) diff.push(...change.value.map((l) => `- ${l}`));
  }
  return { ok: diff.length === 0, diff };
}

export function describeExpected(expected: ExpectedRequest): string[] {
  const headers = expected.headers.map(([name, value]): [string, string] => [name.toLowerCase(), value]);
  const lines = [
    `method ${expected.method}`,
    `path ${canonicalPath(expected.path)}`,
    ...byName(expected.query).map(([n, v]) => `query ${show(n)} = ${show(v)}`),
    ...joinHeaders(headers).map(([n, v]) => `header ${n}: ${show(n === 'content-type' ? canonicalContentType(v) : v)}`),
  ];
  if (expected.body.kind === 'multipart') lines.push(`header content-type: ${show('multipart/form-data; boundary=<boundary>')}`);
  lines.push(...expected.cookies.map(([n, v]) => `cookie ${show(n)} = ${show(v)}`));
  const body = expected.body;
  if (isEmptyBody(body)) {
    lines.push(EMPTY_BODY);
    return sortHeaderBlock(lines);
  }
  switch (body.kind) {
    case 'json':
      lines.push(...jsonLines(body.value, '$'));
      break;
    case 'form':
      lines.push(...byName(body.fields).map(([n, v]) => `form ${show(n)} = ${show(v)}`));
      break;
    case 'multipart':
      if (body.parts.length === 0) lines.push(EMPTY_MULTIPART);
      else lines.push(...byName(body.parts.map((p): [string, ExpectedPart] => [p.name, p])).map(([, p]) => partLine(p)));
      break;
    case 'bytes':
      lines.push(bytesLine(body.bytes));
      break;
  }
  return sortHeaderBlock(lines);
}

export function describeReceived(received: CapturedRequest, expected: ExpectedRequest, addedHeaders: readonly string[] = []): string[] {
  const added = new Set([...CLIENT_ADDED_HEADERS, ...addedHeaders.map((h) => h.toLowerCase())]);
  const target = fromLatin1(received.rawTarget);
  const queryAt = target.indexOf('?');
  const rawPath = queryAt < 0 ? target : target.slice(0, queryAt);
  const rawQuery = queryAt < 0 ? '' : target.slice(queryAt + 1);
  const specHeaders = new Set(expected.headers.map(([n]) => n.toLowerCase()));
  if (expected.body.kind === 'multipart') specHeaders.add('content-type');
  const headers: Array<[string, string]> = [];
  const cookieLines: string[] = [];
  let contentType = '';
  for (const [name, latin1] of received.headers) {
    const key = name.toLowerCase();
    const value = fromLatin1(latin1);
    if (key === 'content-type') contentType = value;
    if (key === 'cookie') cookieLines.push(value);
    else if (specHeaders.has(key) || !added.has(key)) headers.push([key, value]);
  }
  const lines = [
    `method ${received.method}`,
    `path ${canonicalPath(rawPath)}`,
    ...byName(parseForm(rawQuery)).map(([n, v]) => `query ${show(n)} = ${show(v)}`),
    ...joinHeaders(headers).map(([n, v]) => `header ${n}: ${show(n === 'content-type' ? canonicalContentType(v) : v)}`),
    ...parseCookies(cookieLines.join('; ')).map(([n, v]) => `cookie ${show(n)} = ${show(v)}`),
    ...describeBody(received, contentType, expected),
  ];
  return sortHeaderBlock(lines);
}

function describeBody(received: CapturedRequest, contentType: string, expected: ExpectedRequest): string[] {
  const bytes = received.body;
  const lines: string[] = received.truncated ? ['body truncated at the capture limit'] : [];
  const body = expected.body;
  if (body.kind === 'none' || bytes.length === 0) {
    lines.push(bytes.length === 0 ? EMPTY_BODY : bytesLine(bytes));
    return lines;
  }
  switch (body.kind) {
    case 'json': {
      let value: JsonValue;
      try {
        value = toJsonValue(parseJsonExact(utf8(bytes)));
      } catch {
        lines.push(`body is not JSON: ${bytesLine(bytes)}`);
        return lines;
      }
      lines.push(...jsonLines(value, '$'));
      return lines;
    }
    case 'form':
      lines.push(...byName(parseForm(utf8(bytes))).map(([n, v]) => `form ${show(n)} = ${show(v)}`));
      return lines;
    case 'multipart': {
      const parsed = parseMultipart(bytes, contentType, body.parts);
      if ('error' in parsed) lines.push(`body is not multipart (${parsed.error}): ${bytesLine(bytes)}`);
      else if (parsed.parts.length === 0) lines.push(EMPTY_MULTIPART);
      else lines.push(...byName(parsed.parts.map((p): [string, ReceivedPart] => [p.name, p])).map(([, p]) => receivedPartLine(p)));
      return lines;
    }
    case 'bytes':
      lines.push(bytesLine(bytes));
      return lines;
  }
}

const EMPTY_BODY = 'body (empty)';
/** The close delimiter alone (`--boundary--`): what browsers send for a FormData without entries, and what a multipart parser reads as no parts. */
const EMPTY_MULTIPART = 'multipart body with no parts';

/**
 * A body that is sent as no bytes at all: empty text or file, a form without fields. The same
 * request whatever produced it, so it is described as one line. A multipart body without parts
 * is not among them: it still has its close delimiter, which parsers need.
 */
function isEmptyBody(body: ExpectedBody): boolean {
  switch (body.kind) {
    case 'none':
      return true;
    case 'bytes':
      return body.bytes.length === 0;
    case 'form':
      return body.fields.length === 0;
    default:
      return false;
  }
}

function partLine(p: ExpectedPart): string {
  if (p.kind === 'field') return `part ${show(p.name)} = ${show(p.value)}`;
  return `part ${show(p.name)} file ${show(p.filename)} type ${show(p.contentType)} ${p.size} bytes sha256 ${p.sha256.slice(0, 16)}`;
}

function receivedPartLine(p: ReceivedPart): string {
  // A text field's part has no filename; a client may label it text/plain, which servers read the same.
  if (p.filename === undefined && (p.contentType === undefined || /^text\/plain(;\s*charset="?utf-8"?)?$/i.test(p.contentType))) {
    return `part ${show(p.name)} = ${show(utf8(p.content))}`;
  }
  const type = p.contentType === undefined ? '(none)' : show(p.contentType);
  return `part ${show(p.name)} file ${p.filename === undefined ? '(no filename)' : show(p.filename)} type ${type} ${p.content.length} bytes sha256 ${sha256(p.content).slice(0, 16)}`;
}

/** Keeps method and path first and sorts the header lines by name, values in arrival order. */
function sortHeaderBlock(lines: string[]): string[] {
  const isHeader = (l: string) => l.startsWith('header ');
  const headers = lines.filter(isHeader).sort((a, b) => headerName(a).localeCompare(headerName(b)));
  const firstHeader = lines.findIndex(isHeader);
  if (firstHeader < 0) return lines;
  const rest = lines.filter((l) => !isHeader(l));
  rest.splice(firstHeader, 0, ...headers);
  return rest;
}

function headerName(line: string): string {
  return line.slice('header '.length, line.indexOf(':'));
}

/**
 * Pairs grouped by name, names sorted, each name's values in their original order: an ordered
 * multiset. Repeats must stay in order; different names may interleave in any order (Go's
 * url.Values sorts its keys, and no server reads meaning into that order).
 */
function byName<T>(pairs: ReadonlyArray<readonly [string, T]>): Array<[string, T]> {
  return pairs.map(([n, v]): [string, T] => [n, v]).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Repeated header lines are equivalent to one line joined with ", " (RFC 9110 section 5.3). A
 * parser trims a line's value, so the joined line is trimmed too: two empty values arrive as ","
 * from a client that joins them itself.
 */
function joinHeaders(headers: ReadonlyArray<readonly [string, string]>): Array<[string, string]> {
  const joined = new Map<string, string[]>();
  for (const [name, value] of headers) {
    const key = name.toLowerCase();
    joined.set(key, [...(joined.get(key) ?? []), value]);
  }
  return [...joined].map(([name, values]) => [name, values.join(', ').replace(/^[ \t]+|[ \t]+$/g, '')]);
}

/**
 * A media type as a server reads it (RFC 9110 section 8.3.1): type, subtype and parameter names
 * are case-insensitive, and whitespace around ";" and "=" is not part of it (.NET writes
 * `text/plain; charset=UTF-8` for the `text/plain;charset=UTF-8` a browser sent). Parameter values
 * stay as written.
 */
const MEDIA_PARAMETER = /;\s*([^=;\s]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*?)\s*(?=;|$)/g;

function canonicalContentType(value: string): string {
  const match = /^\s*([^;\s]+)\s*(.*)$/s.exec(value);
  if (!match) return value;
  const params = [...match[2]!.matchAll(MEDIA_PARAMETER)].map(([, name, v]) => [name!.toLowerCase(), v!] as const);
  // Anything the parameter grammar does not cover is compared as it is.
  if (match[2]!.replace(MEDIA_PARAMETER, '').trim()) return value;
  // The boundary is the client's choice; only its presence matters.
  const shown = params.map(([name, v]) => `; ${name}=${name === 'boundary' && /^multipart\//i.test(match[1]!) ? '<boundary>' : v}`);
  return match[1]!.toLowerCase() + shown.join('');
}

/** The path with each segment decoded; a slash or percent sign inside a segment stays encoded, so `a%2Fb` differs from `a/b`. */
export function canonicalPath(raw: string): string {
  return show(
    raw
      .split('/')
      .map((segment) => {
        try {
          return decodeURIComponent(segment).replace(/%/g, '%25').replace(/\//g, '%2F');
        } catch {
          return segment;
        }
      })
      .join('/'),
  );
}

/** application/x-www-form-urlencoded pairs (also how servers read a query): `+` is a space. */
export function parseForm(text: string): Array<[string, string]> {
  return text
    .split('&')
    .filter((piece) => piece !== '')
    .map((piece): [string, string] => {
      const eq = piece.indexOf('=');
      const [name, value] = eq < 0 ? [piece, ''] : [piece.slice(0, eq), piece.slice(eq + 1)];
      return [formDecode(name), formDecode(value)];
    });
}

function formDecode(text: string): string {
  const spaced = text.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    // Undecodable escapes arrive as written, so the diff shows them rather than hiding them.
    return spaced;
  }
}

export function parseCookies(header: string): Array<[string, string]> {
  return header
    .split(';')
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => {
      const eq = piece.indexOf('=');
      return eq < 0 ? ['', piece] : [piece.slice(0, eq), piece.slice(eq + 1)];
    });
}

/** One line per JSON leaf, addressed by its path, object keys sorted: JSON compared by value. */
function jsonLines(value: JsonValue, path: string): string[] {
  if (value === null || typeof value !== 'object') return [`json ${path} = ${jsonScalar(value)}`];
  if (Array.isArray(value)) {
    if (value.length === 0) return [`json ${path} = []`];
    return value.flatMap((v, i) => jsonLines(v, `${path}[${i}]`));
  }
  const keys = Object.keys(value).sort();
  if (keys.length === 0) return [`json ${path} = {}`];
  return keys.flatMap((k) => jsonLines(value[k]!, `${path}${/^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? `.${k}` : `[${show(k)}]`}`));
}

function jsonScalar(value: null | boolean | number | bigint | string): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'string') return show(value);
  return JSON.stringify(value);
}

function bytesLine(bytes: Buffer): string {
  const text = utf8(bytes);
  const isText = Buffer.from(text, 'utf8').equals(bytes) && !/[\u0000-\u0008\u000e-\u001f]/.test(text);
  return isText ? `body text ${show(text)}` : `body ${bytes.length} bytes sha256 ${sha256(bytes).slice(0, 16)}`;
}

/** Node hands over the request line and header values as latin1; clients send UTF-8 bytes, read back as UTF-8 here. */
function fromLatin1(text: string): string {
  return /^[\u0000-\u00ff]*$/.test(text) ? Buffer.from(text, 'latin1').toString('utf8') : text;
}

function utf8(bytes: Buffer): string {
  return bytes.toString('utf8');
}

const LONG = 160;

/** A string as a JSON literal, so control characters are visible; long values shortened with a digest that keeps the comparison exact. */
export function show(text: string): string {
  const literal = JSON.stringify(text);
  if (literal.length <= LONG) return literal;
  return `${JSON.stringify(text.slice(0, 60))}…(${text.length} chars, sha256 ${sha256(Buffer.from(text, 'utf8')).slice(0, 16)})`;
}
