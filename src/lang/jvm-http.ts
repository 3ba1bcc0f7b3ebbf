import { SnipgenError } from '../errors.js';
import type { Endpoint, Param } from '../model.js';
import { milliseconds, type Seconds } from './timeout.js';

/**
 * Template decisions shared by the JVM clients that build a request from a header list and a
 * body object whose content type labels the body: OkHttp 3 (java/okhttp, kotlin/okhttp) and
 * Apache HttpClient 5 (java/apache-httpclient); and the refusals java/unirest and
 * java/httpclient share. They print nothing: each language's printers do.
 */

/** A media type both OkHttp's MediaType.get and HttpClient's ContentType.parse print back exactly: `type/subtype(; name=value)*`. */
const PLAIN_MEDIA_TYPE = /^[A-Za-z0-9!#$&^_.+-]+\/[A-Za-z0-9!#$&^_.+-]+(?:; [A-Za-z0-9!#$&^_.+-]+=[A-Za-z0-9!#$&^_.+-]+)*$/;

export function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/**
 * The content type to put on the body object, or null to leave it off: the spec's one literal
 * Content-Type header when it is the body's and prints back unchanged. The header then goes
 * (see bodyHeaders), as the library writes the body's type itself; otherwise the header stays as
 * the spec has it and the body carries no type of its own.
 */
export function bodyContentType(endpoint: Endpoint): string | null {
  const body = endpoint.body;
  if (!body || body.kind === 'multipart') return null;
  const types = endpoint.headers.filter((h) => h.name.toLowerCase() === 'content-type');
  if (types.length !== 1) return null;
  const value = types[0]!.value;
  return value.isLiteral && value.text === body.contentType && PLAIN_MEDIA_TYPE.test(value.text) ? value.text : null;
}

/** The header lines to set, Cookie included, without a Content-Type the body carries (bodyContentType). */
export function bodyHeaders(endpoint: Endpoint): Param[] {
  const moved = bodyContentType(endpoint) !== null;
  const headers = endpoint.headers.filter((h) => !(moved && h.name.toLowerCase() === 'content-type'));
  return [...headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
}

/** True when a header value is not ASCII (OkHttp then needs addUnsafeNonAscii, HttpClient a UTF-8 charset for its header lines). */
export function nonAsciiHeaders(endpoint: Endpoint): boolean {
  return [...endpoint.headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])].some((h) => !isAscii(h.value.text));
}

/** A multipart file part's content type, which the library writes back from its parsed form: refused when it would not print back as given. */
export function partContentType(contentType: string, client: string): string {
  if (!PLAIN_MEDIA_TYPE.test(contentType)) {
    throw new SnipgenError(`${client} cannot label a multipart part ${JSON.stringify(contentType)}: its media type parser would reject or rewrite it`, 'unsupported');
  }
  return contentType;
}

/**
 * The Request.Builder call of OkHttp 3 that sets method and body: `get`, `head`, `post`, `put`,
 * `patch`, `delete` (with a body), or `method` for the rest (`.method("DELETE", null)` sends no
 * body, where `.delete()` would send an empty one).
 */
export function okhttpMethod(endpoint: Endpoint): string {
  const { method, body } = endpoint;
  if (method === 'GET' || method === 'HEAD') return method.toLowerCase();
  if (['POST', 'PUT', 'PATCH'].includes(method)) return method.toLowerCase();
  if (method === 'DELETE' && body) return 'delete';
  return 'method';
}

/** OkHttp 3 requires a body on POST, PUT and PATCH: an empty one stands in when the spec has none (it sends no bytes). */
export function okhttpEmptyBody(endpoint: Endpoint): boolean {
  return !endpoint.body && ['POST', 'PUT', 'PATCH'].includes(endpoint.method);
}

/** True when the form can go through FormBody, whose content type is exactly application/x-www-form-urlencoded. */
export function okhttpFormBody(endpoint: Endpoint): boolean {
  return endpoint.body?.kind === 'form' && bodyContentType(endpoint) === 'application/x-www-form-urlencoded';
}

/** True when a header value is ASCII: OkHttp's Headers.Builder.add takes it. */
export function asciiValue(param: Param): boolean {
  return isAscii(param.value.text);
}

/** The timeout as a Java/Kotlin long of milliseconds (`2500`, `4000000000L`). */
export function millisLong(seconds: Seconds): string {
  const ms = milliseconds(seconds);
  return ms > 2 ** 31 - 1 ? `${ms}L` : String(ms);
}

/**
 * HttpClient 5: the content type the entity carries. A form goes through UrlEncodedFormEntity,
 * which labels itself `application/x-www-form-urlencoded; charset=UTF-8`, so the spec's header stays.
 */
export function apacheContentType(endpoint: Endpoint): string | null {
  return endpoint.body?.kind === 'form' ? null : bodyContentType(endpoint);
}

/** HttpClient 5: the header lines, without a Content-Type the entity carries (apacheContentType). */
export function apacheHeaders(endpoint: Endpoint): Param[] {
  const moved = apacheContentType(endpoint) !== null;
  const headers = endpoint.headers.filter((h) => !(moved && h.name.toLowerCase() === 'content-type'));
  return [...headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
}

/** True when the body is multipart (a template cannot read body.kind when there is no body). */
export function isMultipart(endpoint: Endpoint): boolean {
  return endpoint.body?.kind === 'multipart';
}

/** The ClassicRequestBuilder factory of HttpClient 5 for the method: `get`, `post`, ... or `create` for a custom one. */
export function apacheMethod(endpoint: Endpoint): string {
  return endpoint.isStandardMethod ? endpoint.method.toLowerCase() : 'create';
}

/** Headers whose value frames the body: java/unirest and java/httpclient compute them, and a second copy breaks the request. */
export function checkFraming(endpoint: Endpoint, client: string): void {
  const framing = endpoint.headers.find((h) => ['content-length', 'transfer-encoding'].includes(h.name.toLowerCase()));
  if (framing) {
    throw new SnipgenError(`${client} cannot send a ${framing.name} header of the spec's own: the library frames the body itself (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
  }
}

/** Multipart names and filenames go inside a quoted MIME parameter; `forbidden` are the characters the client cannot put there. */
export function checkPartNames(endpoint: Endpoint, client: string, forbidden: RegExp, what: string): void {
  const body = endpoint.body;
  if (body?.kind !== 'multipart') return;
  for (const part of body.parts) {
    const names = part.kind === 'file' ? [part.name, part.filename] : [part.name];
    if (names.some((n) => forbidden.test(n))) {
      throw new SnipgenError(`${client} cannot send a multipart name or filename containing ${what} (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
    }
  }
}

export const JVM_HTTP_HELPERS = {
  bodyContentType,
  bodyHeaders,
  nonAsciiHeaders,
  partContentType,
  okhttpMethod,
  okhttpEmptyBody,
  okhttpFormBody,
  apacheMethod,
  isMultipart,
  apacheContentType,
  apacheHeaders,
  asciiValue,
  millisLong,
};
