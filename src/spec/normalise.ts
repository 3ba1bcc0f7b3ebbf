import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { SnipgenError, type SourceLocation } from '../errors.js';
import {
  LIBRARY_MANAGED_HEADERS,
  STANDARD_METHODS,
  type Auth,
  type Body,
  type Endpoint,
  type JsonValue,
  type MultipartField,
  type MultipartFile,
  type Param,
  type ResponseExample,
  type Part,
  type Style,
  type Value,
} from '../model.js';
import { encodeComponent, encodePathText } from '../encoding.js';
import { stringifyJson, toJsonValue } from '../json.js';
import { DOT_SEGMENT, baseUrlProblem, isDotSegment } from './url.js';

/**
 * One raw endpoint into the model. The file is long because normaliseEndpoint and normaliseBody
 * read a spec's fields in order and check each one as it is read, so an error points at the
 * first bad field; the checks and value builders below are theirs alone, and apart from them
 * would be read without the step that calls them.
 */

export interface NormaliseOptions {
  style: Style;
  /** Replaces every endpoint's base URL. */
  baseUrl?: string;
  /**
   * Replaces only the scheme, host and port of every base URL, keeping its path: verify points
   * snippets at its capture server this way, so the path that arrives is the documented one.
   */
  origin?: string;
  /** Placeholders shown where a spec gives none (config `placeholders`). */
  placeholders?: { token?: string; username?: string; password?: string; apiKey?: string };
}

/** Where a raw spec value came from, so normalisation errors point into the YAML. */
export interface Locator {
  file: string;
  locate(path: (string | number)[]): SourceLocation;
  /** The place of the key `key` of the map at `path` (a name error points at the name); else `locate`. */
  locateKey?(path: (string | number)[], key: string): SourceLocation;
}

/** A place in the raw endpoint: a path of keys, or the key itself of a map entry. */
type Where = (string | number)[] | { mapKey: string; in: (string | number)[] };

type Scalar = string | number | bigint | boolean;
type RawPairs = Record<string, Scalar | Scalar[]> | Array<{ name: string; value: Scalar }>;

export interface RawEndpoint {
  id: string;
  title?: string;
  description?: string;
  method: string;
  baseUrl: string;
  path: string;
  pathParams?: Record<string, Scalar>;
  query?: RawPairs;
  headers?: RawPairs;
  cookies?: RawPairs;
  auth?: { type: string; [key: string]: unknown };
  body?: { json?: unknown; form?: RawPairs; multipart?: RawPart[]; text?: string; file?: string; contentType?: string };
  /** An example answer, shown on docs pages (never sent). */
  response?: { status?: number; contentType?: string; json?: unknown; text?: string };
  /**
   * Set by importers (OpenAPI, HAR) whose uploads name files snipgen does not have: the files
   * are not looked for, and the snippet opens the path as written (the importer warns).
   */
  placeholderFiles?: boolean;
}

interface RawPart {
  name: string;
  value?: Scalar;
  file?: string;
  filename?: string;
  contentType?: string;
  /** Set by importers whose input holds the file's content (a HAR's captured upload). */
  content?: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.html': 'text/html',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

/**
 * Turns one validated raw endpoint into the model. Problems the schema cannot express
 * (a path parameter with no value, two bodies at once, a missing upload) are collected in `errors`.
 */
export function normaliseEndpoint(
  raw: RawEndpoint,
  at: Locator,
  path: (string | number)[],
  options: NormaliseOptions,
  errors: SnipgenError[],
): Endpoint {
  const fail = (message: string, where: Where = []) => {
    const loc = Array.isArray(where)
      ? at.locate([...path, ...where])
      : (at.locateKey?.([...path, ...where.in], where.mapKey) ?? at.locate([...path, ...where.in, where.mapKey]));
    errors.push(new SnipgenError(message, 'input', loc));
  };
  checkLoneSurrogates(raw, [], fail);
  const runnable = options.style === 'runnable';
  const method = raw.method.toUpperCase();
  const baseUrlWrong = baseUrlProblem(raw.baseUrl);
  if (baseUrlWrong) fail(`baseUrl ${JSON.stringify(raw.baseUrl)} ${baseUrlWrong}`, ['baseUrl']);
  // The base URL's path goes on the wire as the path's literal text does (below).
  let baseUrl = (options.baseUrl ?? raw.baseUrl).replace(/\/+$/, '').replace(/^([a-z][a-z0-9+.-]*:\/\/[^/]*)(.*)$/i, (_, authority: string, path: string) => authority + encodePathText(path));
  if (options.origin && !baseUrlWrong) baseUrl = options.origin.replace(/\/+$/, '') + new URL(baseUrl).pathname.replace(/\/+$/, '');

  const pathParams = raw.pathParams ?? {};
  const used = new Set<string>();
  const dotParams = new Set<string>();
  const literalWrong = /[?#\s\\\0-\x1f\x7f]/.exec(raw.path.replace(/\{[^}]*\}/g, ''))?.[0];
  if (literalWrong) {
    fail(`path ${JSON.stringify(raw.path)} contains ${JSON.stringify(literalWrong)}, which clients do not send as part of the path: put query parameters under query, and other characters in a path parameter`, ['path']);
  }
  const encodedPath = raw.path
    .split('/')
    .map((segment) => {
      const names: string[] = [];
      // Odd pieces are {parameters}, even ones the literal text around them.
      const encoded = segment
        .split(/(\{[^}]*\})/)
        .map((piece, i) => {
          if (i % 2 === 0) return encodePathText(piece);
          const name = piece.slice(1, -1);
          used.add(name);
          names.push(name);
          if (!(name in pathParams)) {
            fail(`path parameter {${name}} has no value: add it under pathParams`, ['path']);
            return piece;
          }
          return encodeComponent(String(pathParams[name]));
        })
        .join('');
      if (isDotSegment(encoded)) {
        // No client can send one reliably: each resolves it away (".." with the segment before it) in its own way.
        const value = names.find((n) => n in pathParams);
        const why = `${DOT_SEGMENT}, so the request reaches another path`;
        if (value === undefined) fail(`path ${JSON.stringify(raw.path)} has the dot segment "${encoded}": ${why}`, ['path']);
        else if (!dotParams.has(value)) fail(`pathParams.${value} makes the dot segment "${encoded}" in path ${JSON.stringify(raw.path)}: ${why}`, ['pathParams', value]);
        if (value !== undefined) dotParams.add(value);
      }
      return encoded;
    })
    .join('/');
  for (const name of Object.keys(pathParams)) {
    if (!used.has(name)) fail(`pathParams.${name} is not used in path ${JSON.stringify(raw.path)}`, ['pathParams', name]);
  }

  const auth = normaliseAuth(raw.auth, runnable, options.placeholders ?? {});
  const query = pairs(raw.query, 'query').map(({ name, value }) => ({ name, value: literal(value) }));
  // Every header and cookie with the place it came from: each is checked once the list is complete.
  const headers: SitedParam[] = [];
  const cookies = pairs(raw.cookies, 'cookies').map((p): SitedParam => ({ name: p.name, value: literal(p.value), label: 'cookies', nameAt: p.nameAt, valueAt: p.valueAt }));
  const fromAuth = (name: string, value: Value, key: string): SitedParam => ({ name, value, label: 'auth', nameAt: ['auth', 'name'], valueAt: ['auth', key] });
  if (auth?.type === 'bearer') headers.push(fromAuth('Authorization', concat([lit('Bearer '), ...auth.token.parts]), 'token'));
  if (auth?.type === 'basic') {
    headers.push(fromAuth('Authorization', concat([lit('Basic '), { kind: 'base64', parts: [...auth.username.parts, lit(':'), ...auth.password.parts] }]), 'username'));
  }
  if (auth?.type === 'apiKey') {
    const param = fromAuth(auth.name, auth.value, 'value');
    if (auth.in === 'header') headers.push(param);
    else if (auth.in === 'query') query.push(unsited(param));
    else cookies.push(param);
  }
  headers.push(...pairs(raw.headers, 'headers').map((p): SitedParam => ({ name: p.name, value: literal(p.value), label: 'headers', nameAt: p.nameAt, valueAt: p.valueAt })));

  if (cookies.length && headers.some((h) => h.name.toLowerCase() === 'cookie')) {
    // Clients send `cookies` as one Cookie line of their own; a second, hand-written line would
    // reach the server as two headers that many frameworks read only the first of.
    fail('a Cookie header and cookies (or an API key in a cookie) cannot be combined: put every cookie under cookies', ['headers']);
  }
  const body = normaliseBody(raw.body, at.file, fail, raw.placeholderFiles === true);
  // A HEAD request asks for a GET's headers alone; libcurl and several other libraries send no body on it.
  if (body && method === 'HEAD') fail('a HEAD request has no body (RFC 9110 section 9.3.2): send it with GET, or remove the body', ['body']);
  const hasContentType = headers.some((h) => h.name.toLowerCase() === 'content-type');
  if (body && body.kind !== 'multipart' && !hasContentType) {
    headers.push({ name: 'Content-Type', value: literal(body.contentType), label: 'body.contentType', nameAt: ['body'], valueAt: ['body', 'contentType'] });
  }
  if (body?.kind === 'multipart' && hasContentType) {
    fail('a multipart body gets its Content-Type (with the boundary) from the client library: remove the Content-Type header', ['headers']);
  }
  // After every header is known, however it was produced (auth, the spec, the body's type).
  for (const header of headers) checkHeader(header, fail);
  for (const cookie of cookies) checkCookie(cookie, fail);

  const urlWithoutQuery = baseUrl + encodedPath;
  const queryString = query.map((q) => `${encodeComponent(q.name)}=${encodeComponent(q.value.text)}`).join('&');
  const url = concat(
    query.length === 0
      ? [lit(urlWithoutQuery)]
      : [
          lit(urlWithoutQuery + '?'),
          ...query.flatMap((q, i) => [
            lit(`${i ? '&' : ''}${encodeComponent(q.name)}=`),
            ...q.value.parts.map((p): Part => (p.kind === 'literal' ? lit(encodeComponent(p.text)) : p.kind === 'env' ? { ...p, urlEncode: true } : p)),
          ]),
        ],
  );

  return {
    id: raw.id,
    title: raw.title ?? `${method} ${raw.path}`,
    description: raw.description ?? '',
    method,
    isStandardMethod: (STANDARD_METHODS as readonly string[]).includes(method),
    baseUrl,
    path: encodedPath,
    pathParams: [...new Set([...raw.path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1]!))].filter((name) => name in pathParams).map((name) => ({ name, value: String(pathParams[name]) })),
    decodedPath: safeDecode(encodedPath),
    urlWithoutQuery,
    query,
    queryString,
    url,
    headers: oneSpelling(headers.map(unsited)),
    headerMap: groupHeaders(headers),
    cookies: cookies.map(unsited),
    cookieHeader: cookies.length ? concat(cookies.flatMap((c, i) => [lit(`${i ? '; ' : ''}${c.name}=`), ...c.value.parts])) : null,
    auth,
    body,
    response: responseExample(raw.response, fail),
    style: options.style,
    source: at.locate(path),
  };

  function normaliseAuth(rawAuth: RawEndpoint['auth'], secret: boolean, placeholders: NonNullable<NormaliseOptions['placeholders']>): Auth | null {
    if (!rawAuth || rawAuth.type === 'none') return null;
    const str = (key: string) => rawAuth[key] as string | undefined;
    switch (rawAuth.type) {
      case 'bearer':
        return { type: 'bearer', token: secretValue(str('token') ?? placeholders.token ?? '<token>', str('env') ?? 'API_TOKEN', secret) };
      case 'basic':
        return {
          type: 'basic',
          username: secretValue(str('username') ?? placeholders.username ?? '<username>', str('usernameEnv') ?? 'API_USERNAME', secret),
          password: secretValue(str('password') ?? placeholders.password ?? '<password>', str('passwordEnv') ?? 'API_PASSWORD', secret),
        };
      default: {
        const name = str('name')!;
        return {
          type: 'apiKey',
          in: str('in') as 'header' | 'query' | 'cookie',
          name,
          value: secretValue(str('value') ?? placeholders.apiKey ?? '<api-key>', str('env') ?? envName(name), secret),
        };
      }
    }
  }
}

/**
 * The charset a body's type declares, when the snippets cannot honour it: they send text as UTF-8
 * and percent-encode form fields as UTF-8, so text outside ASCII labelled, say, ISO-8859-1 would
 * reach the server as other characters than written.
 */
function foreignCharset(contentType: string | undefined, texts: readonly string[]): string | undefined {
  const charset = contentType && /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
  if (!charset || /^(utf-?8|us-ascii|ascii)$/i.test(charset)) return undefined;
  return texts.some((text) => /[^\x00-\x7f]/.test(text)) ? charset : undefined;
}

function normaliseBody(
  raw: RawEndpoint['body'],
  specFile: string,
  fail: (message: string, where?: (string | number)[]) => void,
  placeholderFiles: boolean,
): Body | null {
  if (!raw) return null;
  const kinds = (['json', 'form', 'multipart', 'text', 'file'] as const).filter((k) => raw[k] !== undefined);
  if (kinds.length !== 1) {
    fail(kinds.length ? `body has ${kinds.join(' and ')}: give exactly one` : 'body needs one of json, form, multipart, text, file', ['body']);
    return null;
  }
  const specDir = dirname(specFile);
  switch (kinds[0]) {
    case 'json': {
      const value = writableJson(raw.json, ['body', 'json'], fail);
      if (value === undefined) return null;
      return {
        kind: 'json',
        contentType: raw.contentType ?? 'application/json',
        value,
        pretty: stringifyJson(value, 2),
        compact: stringifyJson(value),
      };
    }
    case 'form': {
      const fields = pairs(raw.form, 'form').map(({ name, value }) => ({ name, value }));
      const charset = foreignCharset(raw.contentType, fields.flatMap((f) => [f.name, f.value]));
      if (charset) fail(`body: the form holds characters outside ASCII and its type declares charset=${charset}, but snippets percent-encode fields as UTF-8: declare charset=utf-8, or leave the charset out`, ['body', 'contentType']);
      return {
        kind: 'form',
        contentType: raw.contentType ?? 'application/x-www-form-urlencoded',
        fields,
        encoded: new URLSearchParams(fields.map((f) => [f.name, f.value])).toString(),
      };
    }
    case 'text': {
      const charset = foreignCharset(raw.contentType, [raw.text!]);
      if (charset) fail(`body: the text holds characters outside ASCII and its type declares charset=${charset}, but snippets send text as UTF-8: declare charset=utf-8, or send the bytes as a file body`, ['body', 'contentType']);
      return { kind: 'text', contentType: raw.contentType ?? 'text/plain', text: raw.text! };
    }
    case 'file': {
      const absPath = resolve(specDir, raw.file!);
      checkFile(absPath, raw.file!, ['body', 'file']);
      return { kind: 'file', contentType: raw.contentType ?? 'application/octet-stream', path: raw.file!, absPath };
    }
    default: {
      if (raw.contentType !== undefined) fail('contentType does not apply to multipart bodies; set it per part', ['body', 'contentType']);
      const parts = raw.multipart!.map((part, i): MultipartField | MultipartFile => {
        if ((part.value === undefined) === (part.file === undefined)) {
          fail('a multipart part needs exactly one of value and file', ['body', 'multipart', i]);
        }
        // The name and filename travel in the part's Content-Disposition header line, its type in a
        // Content-Type line. Not even a tab: urllib3 sends it as %09, .NET refuses it.
        for (const key of ['name', 'filename', 'contentType'] as const) {
          const control = controlCharacter(part[key] ?? '', false);
          if (control) fail(`body.multipart[${i}].${key} contains ${control}, which cannot go in the part's header line`, ['body', 'multipart', i, key]);
        }
        // .NET refuses a blank filename, and several libraries send none in its place.
        if (part.filename?.trim() === '') fail(`body.multipart[${i}].filename is blank: give a name, or leave it out to send the file's own`, ['body', 'multipart', i, 'filename']);
        if (part.file === undefined) {
          if (part.filename !== undefined || part.contentType !== undefined) {
            fail('filename and contentType apply to file parts only', ['body', 'multipart', i]);
          }
          return { kind: 'field', name: part.name, value: scalarText(part.value ?? '') };
        }
        const absPath = resolve(specDir, part.file);
        if (part.content === undefined) checkFile(absPath, part.file, ["body", "multipart", i, "file"]);
        return {
          kind: 'file',
          name: part.name,
          path: part.file,
          absPath,
          filename: part.filename ?? basename(part.file),
          contentType: part.contentType ?? CONTENT_TYPES[extname(part.file).toLowerCase()] ?? 'application/octet-stream',
          ...(part.content !== undefined ? { content: part.content } : {}),
        };
      });
      return { kind: 'multipart', parts };
    }
  }

  function checkFile(absPath: string, written: string, where: (string | number)[]) {
    if (placeholderFiles) return;
    if (!existsSync(absPath) || !statSync(absPath).isFile()) {
      fail(`file ${JSON.stringify(written)} not found (looked in ${dirname(absPath)}; paths are relative to the spec file)`, where);
    }
  }
}

/**
 * Repeats of a header name take its first spelling (`X-Dup`, then `x-dup`: both `X-Dup`). Names
 * are case-insensitive on the wire, but not in the maps several libraries keep headers in, where
 * `x-dup` would replace `X-Dup` instead of adding to it.
 */
function oneSpelling(headers: Param[]): Param[] {
  const first = new Map<string, string>();
  return headers.map((h) => {
    const name = first.get(h.name.toLowerCase());
    if (name === undefined) first.set(h.name.toLowerCase(), h.name);
    return name === undefined || name === h.name ? h : { ...h, name };
  });
}

function groupHeaders(headers: Param[]): Param[] {
  const groups = new Map<string, { name: string; parts: Part[] }>();
  for (const h of headers) {
    const key = h.name.toLowerCase();
    const group = groups.get(key);
    if (group) group.parts.push(lit(', '), ...h.value.parts);
    else groups.set(key, { name: h.name, parts: [...h.value.parts] });
  }
  return [...groups.values()].map((g) => ({ name: g.name, value: concat(g.parts) }));
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

const LONE_SURROGATE = /\p{Cs}/u;

/** String.prototype.isWellFormed (Node 20, not in the ES2022 library's types): false when the text holds a lone surrogate. */
const wellFormed = (text: string): boolean => (text as unknown as { isWellFormed(): boolean }).isWellFormed();

/** True when a string of the raw endpoint, or a key, holds a lone surrogate; a JSON body's (`skip`) are allowed. */
function holdsLoneSurrogate(value: unknown, skip?: unknown): boolean {
  if (typeof value === 'string') return !wellFormed(value);
  if (value === skip || !value || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some((item) => holdsLoneSurrogate(item, skip));
  for (const key in value) {
    if (!wellFormed(key) || holdsLoneSurrogate((value as Record<string, unknown>)[key], skip)) return true;
  }
  return false;
}

/**
 * A lone surrogate (YAML and JSON can write one as `\uD800`) has no UTF-8 encoding, so no client
 * can send it in a URL, a header or a text body, and no output file can hold it. A JSON body is
 * the exception: JSON text escapes it, and every client sends that text.
 */
function checkLoneSurrogates(value: unknown, where: (string | number)[], fail: Fail): void {
  if (where.length === 0 && !holdsLoneSurrogate(value, (value as RawEndpoint).body?.json)) return;
  if (where[0] === 'body' && where[1] === 'json') return;
  const describe = (text: string) => {
    const unit = LONE_SURROGATE.exec(text)![0].charCodeAt(0);
    return `a lone surrogate (U+${unit.toString(16).toUpperCase()}), which has no UTF-8 encoding: it can be neither sent nor written to a file`;
  };
  if (typeof value === 'string') {
    if (LONE_SURROGATE.test(value)) fail(`${fieldName(where)} contains ${describe(value)}`, where);
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkLoneSurrogates(item, [...where, i], fail));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) fail(`the name ${JSON.stringify(key)} in ${fieldName(where)} contains ${describe(key)}`, { mapKey: key, in: where });
      checkLoneSurrogates(item, [...where, key], fail);
    }
  }
}

/** A header or cookie with where its name and value were written, and the field named in messages. */
interface SitedParam extends Param {
  label: string;
  nameAt: Where;
  valueAt: Where;
}

function unsited({ name, value }: SitedParam): Param {
  return { name, value };
}

type Fail = (message: string, where?: Where) => void;

const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 9: 'tab', 10: 'line feed', 13: 'carriage return', 127: 'DEL' };

/**
 * The first control character of `text`, described for a message (`a control character (U+000D
 * carriage return)`), or undefined. A header line can carry a tab inside a value (RFC 9110
 * section 5.5) but no other control character: a CR or LF would end the line and start another.
 */
function controlCharacter(text: string, tabAllowed = true): string | undefined {
  const found = (tabAllowed ? /[\0-\x08\x0a-\x1f\x7f]/ : /[\0-\x1f\x7f]/).exec(text)?.[0];
  if (found === undefined) return undefined;
  const code = found.charCodeAt(0);
  const name = CONTROL_NAMES[code];
  return `a control character (U+${code.toString(16).toUpperCase().padStart(4, '0')}${name ? ` ${name}` : ''})`;
}

/** HTTP cannot carry these, so a spec asking for them is wrong rather than a snippet to emit. */
function checkHeader(header: SitedParam, fail: Fail): void {
  if (!TOKEN.test(header.name)) fail(`${header.label}: ${JSON.stringify(header.name)} is not a valid header name (letters, digits and !#$%&'*+.^_\`|~- only)`, header.nameAt);
  if (LIBRARY_MANAGED_HEADERS.includes(header.name.toLowerCase())) {
    fail(`${header.label}: ${header.name} is written by each client library for its own connection and decoders, and several add theirs to a snippet's: remove it`, header.nameAt);
  }
  const text = header.value.text;
  const control = controlCharacter(text);
  if (control) fail(`${header.label}: the value of header ${header.name} contains ${control}, which HTTP cannot send`, header.valueAt);
  else if (/^[ \t]|[ \t]$/.test(text)) {
    fail(`${header.label}: the value of header ${header.name} starts or ends with whitespace, which HTTP strips (RFC 9110 section 5.5)`, header.valueAt);
  }
}

function checkCookie(cookie: SitedParam, fail: Fail): void {
  if (!TOKEN.test(cookie.name)) fail(`${cookie.label}: ${JSON.stringify(cookie.name)} is not a valid cookie name (letters, digits and !#$%&'*+.^_\`|~- only)`, cookie.nameAt);
  const control = controlCharacter(cookie.value.text, false);
  if (control) fail(`${cookie.label}: the value of cookie ${cookie.name} contains ${control}, which a Cookie header cannot carry`, cookie.valueAt);
  else if (/[;,\s"\\]/.test(cookie.value.text)) {
    fail(`${cookie.label}: the value of cookie ${cookie.name} contains a space, quote, comma, semicolon or backslash, which a Cookie header cannot carry unencoded`, cookie.valueAt);
  }
}

interface RawPair {
  name: string;
  value: string;
  nameAt: Where;
  valueAt: Where;
}

/** The pairs of a map or a list of {name, value}, in order, with where each was written (under `field`). */
function pairs(raw: RawPairs | undefined, field: string): RawPair[] {
  if (!raw) return [];
  if (Array.isArray(raw)) return raw.map((p, i) => ({ name: p.name, value: scalarText(p.value), nameAt: [field, i, 'name'], valueAt: [field, i, 'value'] }));
  return Object.entries(raw).flatMap(([name, value]): RawPair[] => {
    const nameAt = { mapKey: name, in: [field] };
    return Array.isArray(value)
      ? value.map((v, j) => ({ name, value: scalarText(v), nameAt, valueAt: [field, name, j] }))
      : [{ name, value: scalarText(value), nameAt, valueAt: [field, name] }];
  });
}

function scalarText(value: Scalar): string {
  return String(value);
}

function lit(text: string): Part {
  return { kind: 'literal', text };
}

export function literal(text: string): Value {
  return { text, parts: [lit(text)], isLiteral: true };
}

function secretValue(placeholder: string, env: string, fromEnvironment: boolean): Value {
  return fromEnvironment
    ? { text: placeholder, parts: [{ kind: 'env', name: env, fallback: placeholder, urlEncode: false }], isLiteral: false }
    : literal(placeholder);
}

/** Joins parts into one Value, merging neighbouring literals so a literal value prints as one string. */
function concat(parts: Part[]): Value {
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.kind === 'literal' && last?.kind === 'literal') merged[merged.length - 1] = lit(last.text + part.text);
    else merged.push(part);
  }
  return { text: resolveText(merged), parts: merged, isLiteral: merged.every((p) => p.kind === 'literal') };
}

function resolveText(parts: Part[]): string {
  return parts
    .map((p) =>
      p.kind === 'literal' ? p.text : p.kind === 'env' ? (p.urlEncode ? encodeComponent(p.fallback) : p.fallback) : Buffer.from(resolveText(p.parts)).toString('base64'),
    )
    .join('');
}


function envName(name: string): string {
  const upper = name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return /^[A-Z_]/.test(upper) ? upper : `API_${upper}`;
}

/** Every printer writes a JSON value by recursion; this bound keeps the deepest far from the stack's limit. */
const MAX_JSON_DEPTH = 100;

/** Whether a JSON value nests objects and arrays more than MAX_JSON_DEPTH deep; measured without recursion, so any depth is safe. */
function nestedTooDeep(value: unknown): boolean {
  const pending: Array<[unknown, number]> = [[value, 1]];
  while (pending.length) {
    const [item, depth] = pending.pop()!;
    if (!item || typeof item !== 'object') continue;
    if (depth > MAX_JSON_DEPTH) return true;
    for (const child of Array.isArray(item) ? item : Object.values(item)) pending.push([child, depth + 1]);
  }
  return false;
}

/**
 * A body's or response's JSON as snipgen writes it, or undefined after telling `fail` why it
 * cannot be written: nested deeper than every printer's recursion allows, or holding a number
 * JSON cannot carry (YAML's .inf and .nan, a number beyond a double such as 1e400).
 */
function writableJson(raw: unknown, at: ['body' | 'response', 'json'], fail: (message: string, where: (string | number)[]) => void): JsonValue | undefined {
  if (nestedTooDeep(raw)) {
    fail(`${fieldName(at)} is nested more than ${MAX_JSON_DEPTH} levels deep, more than snipgen writes${at[0] === 'body' ? ': a request body nests a few levels' : ''}`, at);
    return undefined;
  }
  const value = toJsonValue(raw);
  const infinite = nonFinite(value);
  if (!infinite) return value;
  const where = [...at, ...infinite.at];
  fail(`${fieldName(where)} is ${infinite.value}, which JSON cannot carry: YAML writes it .inf or .nan, and a JSON number beyond about 1.8e308 reads as Infinity; no client library sends it as written`, where);
  return undefined;
}

/** The first number in a JSON value that is not finite (Infinity, NaN), with where it is; undefined when there is none. */
function nonFinite(value: JsonValue, at: (string | number)[] = []): { value: number; at: (string | number)[] } | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? undefined : { value, at };
  if (!value || typeof value !== 'object') return undefined;
  for (const [key, item] of Array.isArray(value) ? value.entries() : Object.entries(value)) {
    const found = nonFinite(item, [...at, key]);
    if (found) return found;
  }
  return undefined;
}

/** `body.json.a[0]["b c"]`: a place in the raw endpoint as it reads in a message. */
function fieldName(at: readonly (string | number)[]): string {
  return at.map((key, i) => (typeof key === 'number' ? `[${key}]` : /^[A-Za-z_][\w-]*$/.test(key) ? `${i ? '.' : ''}${key}` : `[${JSON.stringify(key)}]`)).join('') || 'endpoint';
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

function responseExample(raw: RawEndpoint['response'], fail: Fail): ResponseExample | null {
  if (!raw || (raw.json === undefined && raw.text === undefined)) return null;
  const json = raw.json !== undefined;
  const value = json ? writableJson(raw.json, ['response', 'json'], fail) : undefined;
  if (json && value === undefined) return null;
  return {
    status: raw.status ?? null,
    contentType: raw.contentType ?? (json ? 'application/json' : null),
    text: json ? stringifyJson(value!, 2) : raw.text!,
    fence: json ? 'json' : '',
  };
}
