import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';
import { parseJsonExact } from '../json.js';
import { LIBRARY_MANAGED_HEADERS } from '../model.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { isMap, parseCookieHeader, pointer, settle, slug, type DocumentSource, type EntryProblem, type ImportContext, type Imported, type RawPart as Part } from './common.js';
import { distinctUploads, filePart, parseMultipart } from './har-multipart.js';
import { formFields, isJsonMediaType } from './media-types.js';
import { applyOverride } from './overrides.js';

type Node = Record<string, any>;
type Pair = { name: string; value: string };

/**
 * Headers the client library sets from the request itself (or that belong to one hop of the
 * captured connection): sent by hand they would be wrong. Left out quietly, as a browser or proxy
 * records them on every entry; Accept-Encoding, also library-managed, is told once per file below.
 */
const LIBRARY_HEADERS = new Set(['host', 'content-length', ...LIBRARY_MANAGED_HEADERS.filter((name) => name !== 'accept-encoding')]);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

export interface HarImport {
  endpoints: Imported[];
  /** Problems with the file as a whole, and the entries skipped, located. */
  warnings: SnipgenError[];
  /** The warnings that say an entry was skipped. */
  skipped: SnipgenError[];
}

/** Whether a JSON value is one HAR entry (`{request: {method, url}}`) or one request (`{method, url, httpVersion}`) without its log. */
export function isHarFragment(value: Node): boolean {
  const isRequest = (node: unknown) => isMap(node) && typeof node.method === 'string' && typeof node.url === 'string';
  return (isRequest(value.request) && !('method' in value)) || (isRequest(value) && ('httpVersion' in value || Array.isArray(value.headers)));
}

/**
 * One endpoint per `log.entries[].request` of a HAR 1.2 file, in file order, keeping its method,
 * URL, query, headers, cookies and body; a file holding one entry or one request alone (as some
 * tools copy one) is read as a HAR of that one entry. An entry snipgen cannot send as captured is
 * an error in strict mode, and otherwise skipped with a warning naming it.
 */
export function importHar(ctx: ImportContext, source: DocumentSource, har: Node): HarImport {
  const whole = isMap(har.log);
  const bareRequest = !whole && !isMap(har.request);
  const entries = whole ? (har.log.entries as unknown[]) : [bareRequest ? { request: har } : har];
  /** Where a path inside entry `i` (from the entry, `request` first for the request's fields) is in the file. */
  const inFile = (i: number, where: readonly (string | number)[]): (string | number)[] =>
    whole ? ['log', 'entries', i, ...where] : bareRequest ? (where[0] === 'request' ? where.slice(1) : []) : [...where];
  const ids = ctx.ids;
  const imported: Imported[] = [];
  const warnings: SnipgenError[] = [];
  const skipped: SnipgenError[] = [];
  const encodings: number[] = [];
  entries.forEach((entry, i) => {
    const problems: EntryProblem[] = [];
    const fail = (message: string, where: (string | number)[] = []) => problems.push({ message: `${message} (at ${pointer(inFile(i, where))})`, loc: source.locate(inFile(i, where)) });
    const request = isMap(entry) ? entry.request : undefined;
    const method = isMap(request) ? request.method : undefined;
    const url = isMap(request) ? request.url : undefined;
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    const name = `HAR entry ${i}${typeof method === 'string' && parsed ? ` (${method.toUpperCase()} ${parsed.pathname})` : ''}`;
    const skip = () => {
      const warning = settle(ctx, name, problems, warnings);
      if (warning) skipped.push(warning);
    };
    if (!isMap(request)) {
      fail('has no request');
      return skip();
    }
    if (typeof method !== 'string' || !TOKEN.test(method)) fail(method === undefined ? 'the request has no method' : `the method ${JSON.stringify(method)} is not an HTTP method`, ['request', ...(method === undefined ? [] : ['method'])]);
    if (!parsed || !/^https?:$/.test(parsed.protocol)) fail(url === undefined ? 'the request has no url' : `the url ${JSON.stringify(url)} is not an absolute http(s) URL`, ['request', ...(url === undefined ? [] : ['url'])]);
    if (problems.length || !parsed || typeof method !== 'string') return skip();

    const entryWarnings: string[] = [];
    const warn = (message: string) => entryWarnings.push(`${name}: ${message}`);
    if (parsed.username || parsed.password) warn('the credentials in the URL are not sent (give them as an Authorization header or an override)');
    const raw: RawEndpoint = {
      id: ids.claim(slug(`${method} ${parsed.pathname}`)),
      method: method.toUpperCase(),
      baseUrl: parsed.origin,
      path: parsed.pathname,
    };
    const query = harQuery(parsed, request.queryString, warn);
    if (query.length) raw.query = query;

    const allHeaders = pairs(request.headers);
    const postData = isMap(request.postData) ? request.postData : undefined;
    const mimeType = String(postData?.mimeType ?? allHeaders.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '');
    const multipart = baseType(mimeType) === 'multipart/form-data';
    const body = postData ? harBody(postData, mimeType, (message) => fail(message, ['request', 'postData']), warn) : undefined;
    if (problems.length) return skip();
    // A multipart body's Content-Type carries the boundary the client library picks.
    const sendsParts = multipart && body?.multipart !== undefined;
    const headers = allHeaders.filter((h) => {
      const lower = h.name.toLowerCase();
      return !h.name.startsWith(':') && !LIBRARY_HEADERS.has(lower) && lower !== 'cookie' && lower !== 'accept-encoding' && !(sendsParts && lower === 'content-type');
    });
    if (allHeaders.some((h) => h.name.toLowerCase() === 'accept-encoding')) encodings.push(i);
    if (headers.length) raw.headers = headers;
    const cookies = pairs(request.cookies);
    if (cookies.length === 0) {
      for (const header of allHeaders.filter((h) => h.name.toLowerCase() === 'cookie')) cookies.push(...parseCookieHeader(header.value));
    }
    if (cookies.length) raw.cookies = cookies;
    if (body) {
      raw.body = body;
      for (const part of body.multipart ?? []) {
        if (part.file === undefined || part.content !== undefined) continue;
        const beside = resolve(dirname(ctx.file), part.file);
        if (existsSync(beside) && statSync(beside).isFile()) continue;
        raw.placeholderFiles = true;
        warn(`the multipart part ${JSON.stringify(part.name)} uploads ${part.filename}, which the HAR does not hold and is not beside it at ${part.file}: the snippet reads ${part.file} from the folder it runs in (put the file there)`);
      }
    }
    const response = harResponse(isMap(entry) ? entry.response : undefined);
    if (response) raw.response = response;
    const keys = [raw.id, `${raw.method} ${parsed.pathname}`];
    const override = ctx.overrides?.take(keys, ctx.errors);
    imported.push({
      raw: override ? applyOverride(raw, override) : raw,
      pointer: inFile(i, ['request']),
      bodyPointer: inFile(i, ['request', 'postData']),
      origin: { kind: 'har', entry: i },
      keys,
      warnings: entryWarnings,
      name,
    });
  });
  if (encodings.length) {
    // Browsers send it on every request; told once per file rather than once per entry.
    const listed = encodings.length > 5 ? `${encodings.slice(0, 5).join(', ')} and ${encodings.length - 5} more` : encodings.join(', ');
    warnings.push(
      new SnipgenError(
        `the Accept-Encoding header of HAR ${encodings.length === 1 ? 'entry' : 'entries'} ${listed} is not sent: each client library asks for the encodings it can decode, and a snippet that asked by hand could print a compressed body`,
        'input',
        source.locate(inFile(encodings[0]!, ['request', 'headers'])),
      ),
    );
  }
  return { endpoints: imported, warnings, skipped };
}

/**
 * The query: the URL's when it has one, else `queryString` (hand-written HAR files often give
 * it there only). When both are given and differ they are merged as httpsnippet does (names
 * from `queryString` first, each name the URL also has taking the URL's values), with a warning.
 */
function harQuery(url: URL, queryString: unknown, warn: (message: string) => void): Pair[] {
  const fromUrl = [...url.searchParams].map(([name, value]) => ({ name, value }));
  const listed = pairs(queryString);
  if (listed.length === 0) return fromUrl;
  if (fromUrl.length === 0) return listed;
  if (fromUrl.length === listed.length && fromUrl.every((p, i) => p.name === listed[i]!.name && p.value === listed[i]!.value)) return fromUrl;
  const merged = new Map<string, string[]>();
  for (const { name, value } of listed) merged.set(name, [...(merged.get(name) ?? []), value]);
  const urlNames = new Set(fromUrl.map((p) => p.name));
  for (const name of urlNames) merged.set(name, []);
  for (const { name, value } of fromUrl) merged.get(name)!.push(value);
  warn(`the query in the url (${url.search}) and queryString differ: merged, as httpsnippet does (the url's value wins for a name both give)`);
  return [...merged].flatMap(([name, values]) => values.map((value) => ({ name, value })));
}

/** The request body; a problem snipgen cannot get past goes to `fail`. */
function harBody(postData: Node, mimeType: string, fail: (message: string) => void, warn: (message: string) => void): RawEndpoint['body'] {
  let text = typeof postData.text === 'string' ? postData.text : undefined;
  const params = Array.isArray(postData.params) ? (postData.params as unknown[]).filter(isMap) : [];
  const type = baseType(mimeType);
  if (postData.encoding === 'base64' && text !== undefined) {
    // Some proxies write every captured body so (HAR 1.2 has the field for responses only); one that is UTF-8 text is that text.
    text = utf8Text(Buffer.from(text, 'base64'));
    if (text === undefined) {
      fail('the body is binary (base64 that is not UTF-8 text): snipgen sends captured bodies as text; give it as a file with an override');
      return undefined;
    }
  } else if (postData.encoding !== undefined && postData.encoding !== 'utf8' && postData.encoding !== 'utf-8') {
    fail(`unsupported body encoding ${JSON.stringify(postData.encoding)}: snipgen sends captured bodies as text`);
    return undefined;
  }
  // An empty body is still a body: the request carried its Content-Type, and nothing else.
  const empty = (text === undefined || text === '') && params.length === 0;
  if (empty) return mimeType ? { text: '', contentType: mimeType } : undefined;
  if (type === 'multipart/form-data') {
    if (params.length) return { multipart: distinctUploads(params.map(paramPart)) };
    const boundary = /boundary="?([^";]+)"?/i.exec(mimeType)?.[1];
    const parts = boundary ? parseMultipart(text!, boundary) : undefined;
    if (parts) return { multipart: distinctUploads(parts) };
    fail(`the multipart body cannot be read: it needs postData.params, or postData.text with the boundary in its mimeType`);
    return undefined;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const form = text ? formFields(text) : params.map((p) => ({ name: String(p.name), value: String(p.value ?? '') }));
    if (form) return { form, ...(mimeType !== 'application/x-www-form-urlencoded' ? { contentType: mimeType } : {}) };
  }
  if (text === undefined) {
    fail(`unsupported body: postData.params with mimeType ${JSON.stringify(mimeType)} (params are read for form and multipart bodies only)`);
    return undefined;
  }
  if (isJsonMediaType(type)) {
    try {
      return { json: parseJsonExact(text), ...(mimeType !== 'application/json' ? { contentType: mimeType } : {}) };
    } catch {
      warn(`the body is labelled ${type} but is not JSON: it is sent as its exact text`);
    }
  }
  return { text, contentType: mimeType || 'text/plain' };
}

function paramPart(param: Node): Part {
  const name = String(param.name);
  if (typeof param.fileName !== 'string' || param.fileName === '') return { name, value: String(param.value ?? '') };
  const part = filePart(name, param.fileName, param.contentType);
  // The captured content, when the HAR holds it, is what was sent: it is written beside the snippet.
  return typeof param.value === 'string' && param.value !== '' ? { ...part, content: param.value } : part;
}

function pairs(list: unknown): Pair[] {
  return Array.isArray(list) ? list.filter(isMap).map((p) => ({ name: String(p.name), value: String(p.value ?? '') })) : [];
}

function baseType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

/**
 * The captured answer, for the docs page: its status and text (JSON as a value when it parses).
 * Base64 content (a binary answer) and an empty one are not shown.
 */
function harResponse(response: unknown): RawEndpoint['response'] | undefined {
  if (!isMap(response) || !isMap(response.content)) return undefined;
  const { text, mimeType, encoding } = response.content;
  if (typeof text !== 'string' || text === '' || encoding !== undefined) return undefined;
  const status = typeof response.status === 'number' && response.status >= 100 && response.status <= 599 ? response.status : undefined;
  const contentType = typeof mimeType === 'string' && mimeType ? mimeType : undefined;
  const base = { ...(status !== undefined ? { status } : {}), ...(contentType ? { contentType } : {}) };
  if (contentType && isJsonMediaType(baseType(contentType))) {
    try {
      return { ...base, json: parseJsonExact(text) };
    } catch {
      // Labelled JSON but not JSON: shown as the text it is.
    }
  }
  return { ...base, text };
}

/** The bytes as text when they are UTF-8 (without NUL, which no text body carries), else undefined. */
function utf8Text(bytes: Buffer): string | undefined {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.includes('\0') ? undefined : text;
  } catch {
    return undefined;
  }
}
