import type { Endpoint, Value } from '../model.js';
import { duration, flatten, isHost, requestHeaders } from './go.js';
import type { Seconds, TimeoutOptions } from './timeout.js';

/** An http.Client with the timeout as an exact time.Duration constant. */
function timeoutClient(seconds: Seconds): string {
  return `&http.Client{Timeout: ${duration(seconds)}}`;
}

const breaksLine = (text: string) => /[\r\n]/.test(text);

/** Which of the multipart functions a snippet defines after main. */
function multipartHelpers(endpoint: Endpoint) {
  const parts = endpoint.body?.kind === 'multipart' ? endpoint.body.parts : [];
  const addFile = parts.some((p) => p.kind === 'file');
  const addField = parts.some((p) => p.kind === 'field' && breaksLine(p.name));
  return { addFile, addField, quoteEscaper: addFile || addField };
}

/**
 * The import paths a snippet needs. Reference style keeps the reference page's order (fmt, the
 * body's packages, net/http, io); runnable style lists them sorted, as gofmt wants.
 */
function imports(endpoint: Endpoint & TimeoutOptions): string[] {
  const body = endpoint.body;
  const helpers = multipartHelpers(endpoint);
  const bodyImports = new Set<string>();
  if (body?.kind === 'json' || body?.kind === 'form' || body?.kind === 'text') bodyImports.add('strings');
  if (body?.kind === 'file' || body?.kind === 'multipart') bodyImports.add('bytes');
  if (body?.kind === 'multipart') bodyImports.add('mime/multipart');
  if (helpers.quoteEscaper) bodyImports.add('net/textproto').add('strings');
  if (body?.kind === 'file' || helpers.addFile) bodyImports.add('os');
  if (endpoint.style === 'reference') return ['fmt', ...bodyImports, 'net/http', 'io'];

  const printed: Value[] = [
    endpoint.url,
    ...requestHeaders(endpoint).map((h) => h.value),
    ...endpoint.headers.filter(isHost).map((h) => h.value),
    ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : []),
  ];
  const parts = flatten(printed.flatMap((v) => v.parts));
  const all = new Set(['fmt', 'io', 'log', 'net/http', ...bodyImports]);
  if (parts.some((p) => p.kind === 'env' && p.urlEncode)) all.add('net/url');
  if (parts.some((p) => p.kind === 'base64')) all.add('encoding/base64');
  if (endpoint.options?.timeout) all.add('time');
  // getenv reads the environment; basic credentials from it count although SetBasicAuth prints them.
  if (flatten(endpoint.headers.flatMap((h) => h.value.parts)).concat(parts).some((p) => p.kind === 'env')) all.add('os');
  return [...all].sort();
}

export const goNetHttpHelpers = {
  imports,
  /** The Host header's value, which goes in req.Host, or null. */
  hostHeader: (endpoint: Endpoint) => endpoint.headers.find(isHost)?.value ?? null,
  isMultipart: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart',
  multipartHelpers,
  breaksLine,
  timeoutClient,
};
