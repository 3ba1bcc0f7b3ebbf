import { SnipgenError } from '../errors.js';
import type { Endpoint } from '../model.js';
import { asHeaderBytes, INDENT, key, str } from './javascript.js';

/** Headers undici refuses, rewrites or drops: a snippet setting them would not send the spec's request. */
// Node's fetch (undici) writes its own Sec-Fetch-Mode over a captured browser's (navigate, no-cors).
const UNSENDABLE_HEADERS = ['host', 'connection', 'keep-alive', 'upgrade', 'expect', 'transfer-encoding', 'sec-fetch-mode', '__proto__'];
const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];

/** Throws for requests fetch cannot send as described; prints nothing. */
function requireSendable(endpoint: Endpoint): string {
  const client = `javascript/fetch (${endpoint.style})`;
  if (FORBIDDEN_METHODS.includes(endpoint.method)) {
    throw new SnipgenError(`${client} cannot send endpoint "${endpoint.id}": fetch refuses the ${endpoint.method} method`, 'unsupported', endpoint.source);
  }
  if (endpoint.body && (endpoint.method === 'GET' || endpoint.method === 'HEAD')) {
    throw new SnipgenError(`${client} cannot send endpoint "${endpoint.id}": fetch refuses a body on a ${endpoint.method} request`, 'unsupported', endpoint.source);
  }
  const header = endpoint.headers.find((h) => UNSENDABLE_HEADERS.includes(h.name.toLowerCase()));
  if (header) {
    throw new SnipgenError(`${client} cannot send endpoint "${endpoint.id}": fetch does not send a ${header.name} header as given`, 'unsupported', endpoint.source);
  }
  return '';
}

/**
 * An object literal as httpsnippet's stringify-object writes it: on one line when that line is
 * at most 80 characters, otherwise one entry per line. Values are code, already printed.
 */
function compactObject(entries: Array<[string, string]>, pad: string): string {
  if (entries.length === 0) return '{}';
  const oneLine = `{${entries.map(([k, v]) => `${key(k)}: ${v}`).join(', ')}}`;
  if (oneLine.length <= 80) return oneLine;
  const inner = pad + INDENT;
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${v}`).join(',\n')}\n${pad}}`;
}

/** The reference page's `options` object: method, headers, and the body when it is not a FormData. */
function referenceOptions(endpoint: Endpoint): string {
  const entries: Array<[string, string]> = [['method', str(endpoint.method)]];
  // Reference values are what the page shows: basic credentials appear already base64-encoded.
  const header = (text: string) => asHeaderBytes(str(text), text);
  const headers: Array<[string, string]> = endpoint.headerMap.map((h) => [h.name, header(h.value.text)]);
  if (endpoint.cookieHeader) headers.push(['Cookie', header(endpoint.cookieHeader.text)]);
  if (headers.length) entries.push(['headers', compactObject(headers, INDENT)]);
  const body = endpoint.body;
  if (body?.kind === 'json') entries.push(['body', str(body.compact)]);
  else if (body?.kind === 'form') entries.push(['body', str(body.encoded)]);
  else if (body?.kind === 'text') entries.push(['body', str(body.text)]);
  else if (body?.kind === 'file') entries.push(['body', `await readFile(${str(body.path)})`]);
  return compactObject(entries, '');
}

export const fetchHelpers = { requireSendable, referenceOptions };
