import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { encodeComponent } from '../encoding.js';
import { hasUnsafeRaw, type LanguagePrinter } from './shared.js';

/**
 * The raw HTTP/1.1 request message, as API docs show it: request line, Host, header lines, a
 * blank line and the body, with Content-Length counted in UTF-8 bytes. Nothing in it is quoted
 * or escaped, so a value is written as it is or refused: a header value can hold no line break
 * or other control character but tab, and no edge space (a parser strips it). A snippet file's
 * line ends are LF, so a carriage return cannot be kept anywhere, the body included; the verify
 * runner sends the head's lines with CRLF, as HTTP wants.
 */
function unsupported(message: string): SnipgenError {
  return new SnipgenError(`http/1.1: ${message}`, 'unsupported');
}

const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/** A header value as it goes on its line. */
function str(text: string): string {
  if (/[\0-\x08\x0a-\x1f\x7f]/.test(text)) throw unsupported(`a header value cannot hold a line break or control character (${JSON.stringify(text.slice(0, 40))})`);
  if (/^[ \t]|[ \t]$/.test(text)) throw unsupported(`a header value cannot start or end with a space or tab: an HTTP parser strips them (${JSON.stringify(text.slice(0, 40))})`);
  noLoneSurrogate(text);
  return text;
}

function noLoneSurrogate(text: string): void {
  if (hasUnsafeRaw(text) && /[\ud800-\udfff]/u.test(text)) throw unsupported('a lone surrogate has no UTF-8 bytes to write');
}

/** The JSON text of a body, two-space indented. */
function lit(value: JsonValue): string {
  return stringifyJson(value, 2);
}

/**
 * The text a Value denotes: a message cannot read the environment, so a secret is written as
 * its placeholder (percent-encoded in the query, base64-encoded in basic credentials).
 */
function text(parts: Part[]): string {
  return parts.map((p) => (p.kind === 'literal' ? p.text : p.kind === 'env' ? (p.urlEncode ? encodeComponent(p.fallback) : p.fallback) : Buffer.from(text(p.parts), 'utf8').toString('base64'))).join('');
}

function expr(value: Value): string {
  return str(text(value.parts));
}

/** `METHOD /path?query HTTP/1.1`: the target is the URL without scheme and authority (origin-form). */
function httpRequestLine(endpoint: Endpoint): string {
  if (!TOKEN.test(endpoint.method)) throw unsupported(`the method ${JSON.stringify(endpoint.method)} is not an HTTP token`);
  const target = originForm(text(endpoint.url.parts));
  if (/[\0-\x20\x7f-\uffff]/.test(target)) throw unsupported(`the request target ${JSON.stringify(target.slice(0, 60))} has a character a request line cannot hold`);
  return `${endpoint.method} ${target} HTTP/1.1`;
}

function originForm(url: string): string {
  const afterScheme = url.indexOf('://') + 3;
  const slash = url.indexOf('/', afterScheme);
  const query = url.indexOf('?', afterScheme);
  if (slash !== -1 && (query === -1 || slash < query)) return url.slice(slash);
  return query === -1 ? '/' : `/${url.slice(query)}`;
}

/** The Host line's value: the spec's own Host header, else the base URL's authority. */
function authority(endpoint: Endpoint): string {
  const url = endpoint.urlWithoutQuery;
  const start = url.indexOf('://') + 3;
  const end = url.slice(start).search(/[/?#]/);
  return end === -1 ? url.slice(start) : url.slice(start, start + end);
}

const isHost = (h: Param) => h.name.toLowerCase() === 'host';

/** Every header line of the head, Host first; Content-Length comes from httpContentLength. */
function httpHeaders(endpoint: Endpoint): string[] {
  const headers: Param[] = [...endpoint.headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
  const host = headers.find(isHost);
  if (headers.some((h) => h.name.toLowerCase() === 'content-length')) throw unsupported(`the spec's own Content-Length header (endpoint "${endpoint.id}"): the message counts its body itself`);
  const lines = [`Host: ${host ? expr(host.value) : str(authority(endpoint))}`];
  for (const header of headers) {
    if (header === host) continue;
    if (!TOKEN.test(header.name)) throw unsupported(`the header name ${JSON.stringify(header.name)} is not an HTTP token`);
    const value = expr(header.value);
    lines.push(value === '' ? `${header.name}:` : `${header.name}: ${value}`);
  }
  return lines;
}

/**
 * The body's text. A snippet file keeps no carriage return (its line ends are normalised to LF)
 * and no whitespace at its end but one line break, and a file's bytes or a multipart body
 * (whose delimiters end in CRLF) cannot be written into a text message at all.
 */
function httpBody(endpoint: Endpoint): string {
  const body = endpoint.body;
  if (!body) return '';
  let out: string;
  if (body.kind === 'json') out = lit(body.value);
  else if (body.kind === 'form') out = body.encoded;
  else if (body.kind === 'text') out = body.text;
  else if (body.kind === 'file') throw unsupported(`a message written as text cannot hold the bytes of the file ${JSON.stringify(body.path)}`);
  else throw unsupported('a multipart body: its delimiter lines end in CRLF, and a snippet file keeps LF line ends only');
  if (out.includes('\r')) throw unsupported('a carriage return in the body: a snippet file keeps LF line ends only');
  if (out.includes('\0')) throw unsupported('a NUL in the body: a message written as text cannot hold one');
  if (/\s$/.test(out) && !/[^\s]\n$/.test(out)) throw unsupported('a body that ends in whitespace other than one line break: a snippet file keeps none at its end');
  noLoneSurrogate(out);
  return out;
}

/** Content-Length: the body's UTF-8 bytes. */
function httpContentLength(endpoint: Endpoint): number {
  return Buffer.byteLength(httpBody(endpoint), 'utf8');
}

export const http: LanguagePrinter = {
  indent: '  ',
  str,
  lit,
  expr,
  helpers: { httpRequestLine, httpHeaders, httpBody, httpContentLength },
};
