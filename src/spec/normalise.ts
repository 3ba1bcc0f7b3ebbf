import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, resolve } from 'node:path';
import { SnipgenError, type SourceLocation } from '../errors.js';
import {
  STANDARD_METHODS,
  type Auth,
  type Body,
  type Endpoint,
  type MultipartField,
  type MultipartFile,
  type Param,
  type Part,
  type Style,
  type Value,
} from '../model.js';
import { stringifyJson, toJsonValue } from './json.js';

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
}

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
  const fail = (message: string, where: (string | number)[] = []) =>
    errors.push(new SnipgenError(message, 'input', at.locate([...path, ...where])));
  const runnable = options.style === 'runnable';
  const method = raw.method.toUpperCase();
  let baseUrl = (options.baseUrl ?? raw.baseUrl).replace(/\/+$/, '');
  if (options.origin) baseUrl = options.origin.replace(/\/+$/, '') + new URL(baseUrl).pathname.replace(/\/+$/, '');

  const pathParams = raw.pathParams ?? {};
  const used = new Set<string>();
  const encodedPath = raw.path.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    used.add(name);
    if (!(name in pathParams)) {
      fail(`path parameter {${name}} has no value: add it under pathParams`, ['path']);
      return whole;
    }
    return encodeComponent(String(pathParams[name]));
  });
  for (const name of Object.keys(pathParams)) {
    if (!used.has(name)) fail(`pathParams.${name} is not used in path ${JSON.stringify(raw.path)}`, ['pathParams', name]);
  }

  const auth = normaliseAuth(raw.auth, runnable, options.placeholders ?? {});
  const query = pairs(raw.query).map(([name, value]) => ({ name, value: literal(value) }));
  const headers: Param[] = [];
  const cookies = pairs(raw.cookies).map(([name, value]) => ({ name, value: literal(value) }));
  if (auth?.type === 'bearer') headers.push({ name: 'Authorization', value: concat([lit('Bearer '), ...auth.token.parts]) });
  if (auth?.type === 'basic') {
    headers.push({
      name: 'Authorization',
      value: concat([lit('Basic '), { kind: 'base64', parts: [...auth.username.parts, lit(':'), ...auth.password.parts] }]),
    });
  }
  if (auth?.type === 'apiKey') {
    const param = { name: auth.name, value: auth.value };
    if (auth.in === 'header') headers.push(param);
    else if (auth.in === 'query') query.push(param);
    else cookies.push(param);
  }
  headers.push(...pairs(raw.headers).map(([name, value]) => ({ name, value: literal(value) })));

  checkHeaderSafe(headers, 'headers', fail);
  checkHeaderSafe(cookies, 'cookies', fail);
  if (cookies.length && headers.some((h) => h.name.toLowerCase() === 'cookie')) {
    // Clients send `cookies` as one Cookie line of their own; a second, hand-written line would
    // reach the server as two headers that many frameworks read only the first of.
    fail('a Cookie header and cookies (or an API key in a cookie) cannot be combined: put every cookie under cookies', ['headers']);
  }
  const body = normaliseBody(raw.body, at.file, fail, raw.placeholderFiles === true);
  const hasContentType = headers.some((h) => h.name.toLowerCase() === 'content-type');
  if (body && body.kind !== 'multipart' && !hasContentType) {
    headers.push({ name: 'Content-Type', value: literal(body.contentType) });
  }
  if (body?.kind === 'multipart' && hasContentType) {
    fail('a multipart body gets its Content-Type (with the boundary) from the client library: remove the Content-Type header', ['headers']);
  }

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
    decodedPath: safeDecode(encodedPath),
    urlWithoutQuery,
    query,
    queryString,
    url,
    headers,
    headerMap: groupHeaders(headers),
    cookies,
    cookieHeader: cookies.length ? concat(cookies.flatMap((c, i) => [lit(`${i ? '; ' : ''}${c.name}=`), ...c.value.parts])) : null,
    auth,
    body,
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
      const value = toJsonValue(raw.json);
      return {
        kind: 'json',
        contentType: raw.contentType ?? 'application/json',
        value,
        pretty: stringifyJson(value, 2),
        compact: stringifyJson(value),
      };
    }
    case 'form': {
      const fields = pairs(raw.form).map(([name, value]) => ({ name, value }));
      return {
        kind: 'form',
        contentType: raw.contentType ?? 'application/x-www-form-urlencoded',
        fields,
        encoded: new URLSearchParams(fields.map((f) => [f.name, f.value])).toString(),
      };
    }
    case 'text':
      return { kind: 'text', contentType: raw.contentType ?? 'text/plain', text: raw.text! };
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
        if (/\0/.test(part.name) || /\0/.test(part.filename ?? '')) {
          // The name and filename travel in the part's Content-Disposition header line.
          fail('a multipart name or filename cannot contain NUL: it travels in a header line', ['body', 'multipart', i]);
        }
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

/** HTTP cannot carry these, so a spec asking for them is wrong rather than a snippet to emit. */
function checkHeaderSafe(params: Param[], field: string, fail: (message: string, where?: (string | number)[]) => void) {
  for (const p of params) {
    if (!TOKEN.test(p.name)) fail(`${field}: ${JSON.stringify(p.name)} is not a valid name (letters, digits and !#$%&'*+.^_\`|~- only)`, [field]);
    if (/[\r\n\0]/.test(p.value.text)) fail(`${field}: the value of ${p.name} contains a line break or NUL, which HTTP cannot send`, [field]);
    else if (field === 'headers' && /^[ \t]|[ \t]$/.test(p.value.text)) {
      fail(`headers: the value of ${p.name} starts or ends with whitespace, which HTTP strips (RFC 9110 section 5.5)`, [field]);
    }
    if (field === 'cookies' && /[;,\s"\\]/.test(p.value.text)) {
      fail(`cookies: the value of ${p.name} contains a space, quote, comma, semicolon or backslash, which a Cookie header cannot carry unencoded`, [field]);
    }
  }
}

function pairs(raw: RawPairs | undefined): Array<[string, string]> {
  if (!raw) return [];
  if (Array.isArray(raw)) return raw.map((p) => [p.name, scalarText(p.value)]);
  return Object.entries(raw).flatMap(([name, value]) =>
    Array.isArray(value) ? value.map((v): [string, string] => [name, scalarText(v)]) : [[name, scalarText(value)]],
  );
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

/** RFC 3986 unreserved characters stay; everything else is percent-encoded as UTF-8. */
export function encodeComponent(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

function envName(name: string): string {
  const upper = name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase();
  return /^[A-Z_]/.test(upper) ? upper : `API_${upper}`;
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}
