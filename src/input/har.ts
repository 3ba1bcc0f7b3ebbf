import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';
import { parseJsonExact } from '../spec/json.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { UniqueIds, pointer, slug, type DocumentSource, type ImportContext, type Imported } from './common.js';
import { applyOverride } from './overrides.js';

type Node = Record<string, any>;
type Pair = { name: string; value: string };
type Part = { name: string; value?: string; file?: string; filename?: string; contentType?: string };

/**
 * Headers the client library sets from the request itself (or that belong to one hop of the
 * captured connection), so a snippet must not copy them: sent by hand they would be wrong
 * (Content-Length) or make the response undecodable (Accept-Encoding).
 */
const LIBRARY_HEADERS = new Set(['host', 'content-length', 'connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'upgrade', 'te', 'trailer', 'accept-encoding']);
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * One endpoint per `log.entries[].request` of a HAR 1.2 file, in file order, keeping its method,
 * URL, query, headers, cookies and body. Problems are reported in `ctx.errors` at their place.
 */
export function importHar(ctx: ImportContext, source: DocumentSource, har: Node): Imported[] {
  const entries = har.log.entries as unknown[];
  const ids = new UniqueIds();
  const imported: Imported[] = [];
  entries.forEach((entry, i) => {
    const at = ['log', 'entries', i];
    const fail = (message: string, where: (string | number)[] = []) =>
      ctx.errors.push(new SnipgenError(`HAR entry ${i}: ${message} (at ${pointer([...at, ...where])})`, 'input', source.locate([...at, ...where])));
    const request = isMap(entry) ? entry.request : undefined;
    if (!isMap(request)) return fail('has no request', []);
    const { method, url } = request;
    if (typeof method !== 'string' || !TOKEN.test(method)) return fail(method === undefined ? 'the request has no method' : `the method ${JSON.stringify(method)} is not an HTTP method`, ['request', ...(method === undefined ? [] : ['method'])]);
    let parsed: URL | undefined;
    try {
      parsed = typeof url === 'string' ? new URL(url) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      return fail(url === undefined ? 'the request has no url' : `the url ${JSON.stringify(url)} is not an absolute http(s) URL`, ['request', ...(url === undefined ? [] : ['url'])]);
    }
    const warnings: string[] = [];
    const name = `HAR entry ${i} (${method.toUpperCase()} ${parsed.pathname})`;
    const warn = (message: string) => warnings.push(`${name}: ${message}`);
    if (parsed.username || parsed.password) warn('the credentials in the URL are not sent (give them as an Authorization header or an override)');

    const raw: RawEndpoint = {
      id: ids.claim(slug(`${method} ${parsed.pathname}`)),
      method: method.toUpperCase(),
      baseUrl: parsed.origin,
      path: parsed.pathname,
    };
    const query = [...parsed.searchParams].map(([n, v]) => ({ name: n, value: v }));
    if (query.length) raw.query = query;

    const allHeaders = pairs(request.headers);
    const postData = isMap(request.postData) ? request.postData : undefined;
    const mimeType = String(postData?.mimeType ?? allHeaders.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? '');
    const multipart = baseType(mimeType) === 'multipart/form-data';
    const headers = allHeaders.filter((h) => {
      const lower = h.name.toLowerCase();
      return !h.name.startsWith(':') && !LIBRARY_HEADERS.has(lower) && lower !== 'cookie' && !(multipart && lower === 'content-type');
    });
    if (headers.length) raw.headers = headers;
    const cookies = pairs(request.cookies);
    if (cookies.length === 0) {
      for (const header of allHeaders.filter((h) => h.name.toLowerCase() === 'cookie')) cookies.push(...parseCookieHeader(header.value));
    }
    if (cookies.length) raw.cookies = cookies;

    if (postData) {
      const body = harBody(postData, mimeType, (message) => fail(message, ['request', 'postData']));
      if (body === null) return;
      if (body) raw.body = body;
      for (const part of body?.multipart ?? []) {
        if (part.file === undefined) continue;
        if (existsSync(resolve(dirname(ctx.file), part.file)) && statSync(resolve(dirname(ctx.file), part.file)).isFile()) continue;
        raw.placeholderFiles = true;
        warn(`the multipart part ${JSON.stringify(part.name)} uploads ${part.filename}, which is not beside the HAR file: the snippet reads ${part.file} from the folder it runs in (put the file there; the content the HAR may hold is not written out)`);
      }
    }
    const keys = [raw.id, `${raw.method} ${parsed.pathname}`];
    const override = ctx.overrides?.take(keys, ctx.errors);
    imported.push({
      raw: override ? applyOverride(raw, override) : raw,
      pointer: [...at, 'request'],
      bodyPointer: [...at, 'request', 'postData'],
      origin: { kind: 'har', entry: i },
      keys,
      warnings,
    });
  });
  return imported;
}

/** The request body; null after reporting a body snipgen cannot send. */
function harBody(postData: Node, mimeType: string, fail: (message: string) => void): RawEndpoint['body'] | null {
  const text = typeof postData.text === 'string' ? postData.text : undefined;
  const params = Array.isArray(postData.params) ? (postData.params as unknown[]).filter(isMap) : [];
  const type = baseType(mimeType);
  if (postData.encoding !== undefined && postData.encoding !== 'utf8' && postData.encoding !== 'utf-8') {
    fail(`unsupported body encoding ${JSON.stringify(postData.encoding)}: snipgen sends captured bodies as text`);
    return null;
  }
  if (type === 'multipart/form-data') {
    if (params.length) return { multipart: params.map(paramPart) };
    const boundary = /boundary="?([^";]+)"?/i.exec(mimeType)?.[1];
    if (text !== undefined && boundary) {
      const parts = parseMultipart(text, boundary);
      if (parts) return { multipart: parts };
    }
    fail('unsupported body type: a multipart body needs postData.params, or postData.text with the boundary in its mimeType');
    return null;
  }
  if (type === 'application/x-www-form-urlencoded') {
    const form = text !== undefined ? [...new URLSearchParams(text)].map(([name, value]) => ({ name, value })) : params.map((p) => ({ name: String(p.name), value: String(p.value ?? '') }));
    return { form, ...(mimeType !== 'application/x-www-form-urlencoded' ? { contentType: mimeType } : {}) };
  }
  if (text === undefined || (text === '' && !mimeType)) {
    if (params.length) {
      fail(`unsupported body type: postData.params with mimeType ${JSON.stringify(mimeType)} (params are read for form and multipart bodies only)`);
      return null;
    }
    return undefined;
  }
  if (type === 'application/json' || type.endsWith('+json')) {
    try {
      return { json: parseJsonExact(text), ...(mimeType !== 'application/json' ? { contentType: mimeType } : {}) };
    } catch {
      // Sent as captured: a body labelled JSON that does not parse is still what the page sent.
    }
  }
  return { text, contentType: mimeType || 'text/plain' };
}

function paramPart(param: Node): Part {
  const name = String(param.name);
  if (typeof param.fileName === 'string' && param.fileName !== '') return filePart(name, param.fileName, param.contentType);
  return { name, value: String(param.value ?? '') };
}

/** A file part: the snippet opens the file name alone (a browser sends no folder), made safe as a path. */
function filePart(name: string, fileName: string, contentType: unknown): Part {
  const file = basename(fileName.replace(/\\/g, '/')).replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '') || 'upload.bin';
  return { name, file, filename: fileName, ...(typeof contentType === 'string' && contentType ? { contentType } : {}) };
}

/** The parts of a captured multipart/form-data body; undefined when it is not one. */
function parseMultipart(text: string, boundary: string): Part[] | undefined {
  const chunks = text.split(`--${boundary}`);
  if (chunks.length < 3) return undefined;
  const parts: Part[] = [];
  for (const chunk of chunks.slice(1, -1)) {
    const body = chunk.replace(/^\r?\n/, '');
    const split = /\r?\n\r?\n/.exec(body);
    if (!split) return undefined;
    const head = body.slice(0, split.index);
    const content = body.slice(split.index + split[0].length).replace(/\r?\n$/, '');
    const disposition = /^content-disposition:(.*)$/im.exec(head)?.[1] ?? '';
    const name = /\bname="([^"]*)"/i.exec(disposition)?.[1];
    if (name === undefined) return undefined;
    const fileName = /\bfilename="([^"]*)"/i.exec(disposition)?.[1];
    const contentType = /^content-type:\s*(.*?)\s*$/im.exec(head)?.[1];
    parts.push(fileName ? filePart(name, fileName, contentType) : { name, value: content });
  }
  return parts;
}

function pairs(list: unknown): Pair[] {
  return Array.isArray(list) ? list.filter(isMap).map((p) => ({ name: String(p.name), value: String(p.value ?? '') })) : [];
}

function parseCookieHeader(header: string): Pair[] {
  return header
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const eq = c.indexOf('=');
      return eq === -1 ? { name: c, value: '' } : { name: c.slice(0, eq), value: c.slice(eq + 1) };
    });
}

function baseType(mimeType: string): string {
  return mimeType.split(';')[0]!.trim().toLowerCase();
}

function isMap(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
