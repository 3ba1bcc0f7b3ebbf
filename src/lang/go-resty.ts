import { SnipgenError } from '../errors.js';
import type { Endpoint, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { basicAuth, duration, flatten, requestHeaders } from './go.js';
import type { TimeoutOptions } from './timeout.js';

function unsupported(message: string): SnipgenError {
  return new SnipgenError(`go/resty: ${message}`, 'unsupported');
}

/**
 * The headers as SetHeader calls: Request.SetHeader replaces an earlier value of the same name,
 * so repeated headers go as one line joined with ", " (RFC 9110 section 5.3 makes them equal).
 * net/http sends req.Host, never a Host header, and resty has no setter for req.Host.
 */
function restyHeaders(endpoint: Endpoint): Param[] {
  const grouped = new Map<string, Param>();
  for (const header of requestHeaders(endpoint)) {
    const key = header.name.toLowerCase();
    const known = grouped.get(key);
    if (!known) grouped.set(key, header);
    else grouped.set(key, { name: known.name, value: joined(known.value, header.value) });
  }
  if (endpoint.headers.some((h) => h.name.toLowerCase() === 'host')) throw unsupported(`resty builds a net/http request, which takes the Host header from the URL (endpoint "${endpoint.id}")`);
  return [...grouped.values()];
}

function joined(a: Value, b: Value): Value {
  const parts: Part[] = [...a.parts, { kind: 'literal', text: ', ' }, ...b.parts];
  return { text: `${a.text}, ${b.text}`, parts, isLiteral: a.isLiteral && b.isLiteral };
}

/**
 * resty writes a part's name into its Content-Disposition as it is (only the filename's quotes
 * and backslashes are escaped), so a name with a quote, backslash or line break, or a filename
 * with a line break, would end the header early.
 */
function restyPart(part: MultipartField | MultipartFile): MultipartField | MultipartFile {
  if (/["\\\r\n]/.test(part.name)) throw unsupported(`resty writes a multipart part name unescaped, so the name ${JSON.stringify(part.name)} cannot be sent`);
  if (part.kind === 'file' && /[\r\n]/.test(part.filename)) throw unsupported(`resty writes a line break in a filename raw, so the filename ${JSON.stringify(part.filename)} cannot be sent`);
  return part;
}

/** The variable a file part's opened file is in: file1, file2, ... in the order of the file parts. */
function restyFile(endpoint: Endpoint, part: MultipartFile): string {
  const files = endpoint.body?.kind === 'multipart' ? endpoint.body.parts.filter((p) => p.kind === 'file') : [];
  return `file${files.indexOf(part) + 1}`;
}

/** True when the snippet opens files before it builds the request (a file body or file parts). */
function restyReadsFiles(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  return body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'));
}

/** resty sends no body with HEAD or OPTIONS, and one with GET only when the client allows it. */
function restyBodyMethod(endpoint: Endpoint): 'get' | 'ok' {
  if (!endpoint.body) return 'ok';
  if (endpoint.method === 'HEAD' || endpoint.method === 'OPTIONS') throw unsupported(`resty sends no body with ${endpoint.method} (endpoint "${endpoint.id}")`);
  return endpoint.method === 'GET' ? 'get' : 'ok';
}

/** The standard library's imports, sorted as gofmt wants; the template adds resty in a group of its own. */
function restyImports(endpoint: Endpoint & TimeoutOptions): string[] {
  const body = endpoint.body;
  const all = new Set(['fmt', 'log']);
  const printed: Value[] = [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])];
  const parts = flatten(printed.flatMap((v) => v.parts));
  const basic = basicAuth(endpoint);
  // With SetBasicAuth the credentials are printed as they are, not base64-encoded by the snippet.
  if (parts.some((p) => p.kind === 'base64') && !basic) all.add('encoding/base64');
  if (parts.some((p) => p.kind === 'env' && p.urlEncode)) all.add('net/url');
  if (parts.some((p) => p.kind === 'env') || body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'))) all.add('os');
  if (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'field')) all.add('strings');
  if (endpoint.options?.timeout) all.add('time');
  return [...all].sort();
}

export const restyHelpers = { restyHeaders, restyPart, restyFile, restyReadsFiles, restyBodyMethod, restyImports, restyTimeout: duration };
