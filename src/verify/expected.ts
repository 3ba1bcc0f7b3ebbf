import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import type { Endpoint, JsonValue, Part, Value } from '../model.js';
import { encodeComponent } from '../encoding.js';

export type Env = Readonly<Record<string, string>>;

export type ExpectedPart =
  | { kind: 'field'; name: string; value: string }
  | { kind: 'file'; name: string; filename: string; contentType: string; sha256: string; size: number };

export type ExpectedBody =
  | { kind: 'none' }
  | { kind: 'json'; value: JsonValue }
  | { kind: 'form'; fields: Array<[string, string]> }
  | { kind: 'multipart'; parts: ExpectedPart[] }
  | { kind: 'bytes'; bytes: Buffer };

/** The request an endpoint describes, with every secret resolved against `env`. */
export interface ExpectedRequest {
  method: string;
  /** The path as sent on the wire (percent-encoded), base path included. */
  path: string;
  query: Array<[string, string]>;
  /** In the order the spec gives them; Content-Type included, cookies not. */
  headers: Array<[string, string]>;
  /** Name/value pairs of the Cookie header, in order. */
  cookies: Array<[string, string]>;
  body: ExpectedBody;
}

/**
 * Distinctive values for every environment variable the endpoint reads. A snippet that ignores
 * the environment sends the placeholder instead and fails. The characters + / = need encoding in
 * a query and survive a header and a cookie, so they also prove run-time URL encoding.
 */
export function testEnv(endpoint: Endpoint): Record<string, string> {
  const env: Record<string, string> = {};
  for (const part of envParts(endpoint)) env[part.name] = `verify-${part.name.toLowerCase().replace(/_/g, '-')}+/=`;
  return env;
}

export function expectedRequest(endpoint: Endpoint, env: Env): ExpectedRequest {
  const text = (value: Value) => resolve(value.parts, env);
  return {
    method: endpoint.method,
    path: basePath(endpoint) + endpoint.path,
    query: endpoint.query.map((q) => [q.name, text(q.value)]),
    headers: endpoint.headers.map((h) => [h.name, text(h.value)]),
    cookies: endpoint.cookies.map((c) => [c.name, text(c.value)]),
    body: expectedBody(endpoint),
  };
}

/** The base URL's path (`/api/v1`), as the snippet sends it before the endpoint's path. */
function basePath(endpoint: Endpoint): string {
  return new URL(endpoint.baseUrl).pathname.replace(/\/+$/, '');
}

function expectedBody(endpoint: Endpoint): ExpectedBody {
  const body = endpoint.body;
  if (!body) return { kind: 'none' };
  switch (body.kind) {
    case 'json':
      return { kind: 'json', value: body.value };
    case 'form':
      return { kind: 'form', fields: body.fields.map((f) => [f.name, f.value]) };
    case 'text':
      return { kind: 'bytes', bytes: Buffer.from(body.text, 'utf8') };
    case 'file':
      return { kind: 'bytes', bytes: uploadContent(body) };
    case 'multipart':
      return {
        kind: 'multipart',
        parts: body.parts.map((p): ExpectedPart => {
          if (p.kind === 'field') return { kind: 'field', name: p.name, value: p.value };
          const content = uploadContent(p);
          return { kind: 'file', name: p.name, filename: p.filename, contentType: p.contentType, sha256: sha256(content), size: content.length };
        }),
      };
  }
}

/** The files the snippet uploads, which it opens from its working folder: a file body or multipart file parts. */
export function uploads(endpoint: Endpoint): Array<{ path: string; absPath: string; content?: string }> {
  const body = endpoint.body;
  return body?.kind === 'file' ? [body] : body?.kind === 'multipart' ? body.parts.flatMap((p) => (p.kind === 'file' ? [p] : [])) : [];
}

/**
 * The bytes of a file the snippet uploads: the content the input holds (a HAR's captured file),
 * else the file. An imported spec may name a file snipgen does not have (an OpenAPI binary part,
 * a HAR upload not beside the HAR): verify puts bytes of its own there, distinct per path, and
 * expects exactly those to arrive.
 */
export function uploadContent(file: { path: string; absPath: string; content?: string }): Buffer {
  if (file.content !== undefined) return Buffer.from(file.content, 'utf8');
  if (statSync(file.absPath, { throwIfNoEntry: false })?.isFile()) return readFileSync(file.absPath);
  return Buffer.from(`snipgen verify stand-in for ${file.path}\n`, 'utf8');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The text a value has at run time when the environment holds `env`. */
export function resolve(parts: readonly Part[], env: Env): string {
  return parts
    .map((p) => {
      if (p.kind === 'literal') return p.text;
      if (p.kind === 'base64') return Buffer.from(resolve(p.parts, env), 'utf8').toString('base64');
      const value = env[p.name] ?? p.fallback;
      return p.urlEncode ? encodeComponent(value) : value;
    })
    .join('');
}

function envParts(endpoint: Endpoint): Array<Extract<Part, { kind: 'env' }>> {
  const found: Array<Extract<Part, { kind: 'env' }>> = [];
  const walk = (parts: readonly Part[]) => {
    for (const p of parts) {
      if (p.kind === 'env') found.push(p);
      else if (p.kind === 'base64') walk(p.parts);
    }
  };
  for (const value of [endpoint.url, ...endpoint.headers.map((h) => h.value), ...endpoint.cookies.map((c) => c.value)]) walk(value.parts);
  return found;
}
