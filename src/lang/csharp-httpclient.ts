import { SnipgenError } from '../errors.js';
import type { Endpoint, MultipartField, MultipartFile, Param, Value } from '../model.js';
import { capitalize, checkPartName, csharp, NON_ASCII, needsRawDisposition, quotedInner, str, unsupported, utf8Headers } from './csharp.js';

const HTTPCLIENT = 'csharp/httpclient';

/** HttpMethod's static properties; any other method is `new HttpMethod("...")`. */
const HTTP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH'];

/** Headers .NET keeps on HttpContent, never on the request: adding them to request.Headers fails. */
const CONTENT_HEADERS = [
  'allow',
  'content-disposition',
  'content-encoding',
  'content-language',
  'content-length',
  'content-location',
  'content-md5',
  'content-range',
  'content-type',
  'expires',
  'last-modified',
];

/**
 * Request headers .NET parses when they are added with `Headers.Add` (a collection initializer),
 * throwing FormatException on a value its parser rejects; TryAddWithoutValidation sends any value.
 */
const PARSED_HEADERS = [
  'accept', 'accept-charset', 'accept-encoding', 'accept-language', 'authorization', 'cache-control', 'connection', 'date',
  'expect', 'from', 'host', 'if-match', 'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since', 'max-forwards',
  'pragma', 'proxy-authorization', 'range', 'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'via', 'warning',
];
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_RANGE = `(?:${TOKEN}/${TOKEN})(?:\\s*;\\s*${TOKEN}=${TOKEN})*`;
const ENTITY_TAG = '(?:W/)?"[\\x21\\x23-\\x7e]*"';
/** Values .NET's parsers are known to accept (checked against .NET 8 and 10), by header; a parsed header not listed here is never added validated. */
const ACCEPTED_BY_PARSER: Record<string, RegExp> = {
  // A scheme and a parameter without quotes, commas or backslashes: `Bearer <token>`, `Basic dXNlcjpw`.
  authorization: new RegExp(`^${TOKEN}(?: [^"\\\\,=\\x00-\\x1f\\x7f]*=*)?$`),
  'proxy-authorization': new RegExp(`^${TOKEN}(?: [^"\\\\,=\\x00-\\x1f\\x7f]*=*)?$`),
  accept: new RegExp(`^${MEDIA_RANGE}(?:\\s*,\\s*${MEDIA_RANGE})*$`),
  'if-match': new RegExp(`^(?:\\*|${ENTITY_TAG}(?:\\s*,\\s*${ENTITY_TAG})*)$`),
  'if-none-match': new RegExp(`^(?:\\*|${ENTITY_TAG}(?:\\s*,\\s*${ENTITY_TAG})*)$`),
};

/** True when `Headers.Add` accepts every value the header has: it is not parsed, or its values are known to parse. */
function addsValidated(name: string, headers: readonly Param[]): boolean {
  const key = name.toLowerCase();
  if (!PARSED_HEADERS.includes(key)) return true;
  const accepted = ACCEPTED_BY_PARSER[key];
  return accepted !== undefined && headers.filter((h) => h.name.toLowerCase() === key).every((h) => accepted.test(h.value.text));
}

function contentTypeHeader(endpoint: Endpoint): Value {
  const header = endpoint.headers.find((h) => h.name.toLowerCase() === 'content-type');
  if (!header) throw new SnipgenError(`endpoint "${endpoint.id}" has a body but no Content-Type header`, 'template');
  return header.value;
}

/** True when a multipart name or filename is not ASCII: .NET writes part headers in Latin-1 unless told otherwise. */
function utf8Parts(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  return body?.kind === 'multipart' && body.parts.some((p) => NON_ASCII.test(p.name) || (p.kind === 'file' && NON_ASCII.test(p.filename)));
}

function usesBase64(endpoint: Endpoint): boolean {
  return endpoint.headers.some((h) => h.value.parts.some((p) => p.kind === 'base64'));
}

/** True when the form body's Content-Type is the one FormUrlEncodedContent sets itself. */
function isDefaultFormType(endpoint: Endpoint): boolean {
  const value = contentTypeHeader(endpoint);
  return value.isLiteral && value.text === 'application/x-www-form-urlencoded';
}

function requestHeaders(endpoint: Endpoint): Param[] {
  return [
    ...endpoint.headers.filter((h) => !CONTENT_HEADERS.includes(h.name.toLowerCase())),
    ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : []),
  ];
}

export const csharpHttpclientHelpers = {
  utf8Parts,
  /** The request's header lines: all but the content headers, which .NET keeps on the content; then Cookie. */
  requestHeaders,
  /** The request headers a collection initializer can add (`Headers.Add` parses, and throws on, the rest). */
  validatedHeaders: (endpoint: Endpoint): Param[] => {
    const headers = requestHeaders(endpoint);
    return headers.filter((h) => addsValidated(h.name, headers));
  },
  /** The request headers `Headers.Add` would reject: added with TryAddWithoutValidation, which sends them as written. */
  unvalidatedHeaders: (endpoint: Endpoint): Param[] => {
    const headers = requestHeaders(endpoint);
    return headers.filter((h) => !addsValidated(h.name, headers));
  },
  /** Content headers but Content-Type (which the body's construction sets); refused without a body, where they have nowhere to go. */
  contentHeaders: (endpoint: Endpoint): Param[] => {
    const headers = endpoint.headers.filter((h) => CONTENT_HEADERS.includes(h.name.toLowerCase()) && h.name.toLowerCase() !== 'content-type');
    if (headers.length && !endpoint.body) unsupported(HTTPCLIENT, `the content header ${headers[0]!.name} on a request without a body`);
    return headers;
  },
  /** The Content-Type the spec sends with a body (the header, which the normaliser always sets for non-multipart bodies). */
  contentType: (endpoint: Endpoint) => csharp.expr(contentTypeHeader(endpoint)),
  defaultFormType: isDefaultFormType,
  /** The namespaces an HttpClient snippet uses beyond the SDK's implicit ones. */
  httpclientUsings: (endpoint: Endpoint) => {
    const body = endpoint.body;
    const headerTypes =
      body !== null &&
      (body.kind === 'form'
        ? !isDefaultFormType(endpoint)
        : body.kind !== 'multipart' || body.parts.length === 0 || body.parts.some((p) => p.kind === 'file' || needsRawDisposition(p.name)));
    return [
      ...(headerTypes ? ['System.Net.Http.Headers'] : []),
      ...(usesBase64(endpoint) || utf8Headers(endpoint) || utf8Parts(endpoint) ? ['System.Text'] : []),
    ];
  },

  /** `HttpMethod.Post`, or `new HttpMethod("PURGE")` for a method HttpMethod has no property for. */
  httpMethod: (endpoint: Endpoint) =>
    HTTP_METHODS.includes(endpoint.method) ? `HttpMethod.${capitalize(endpoint.method)}` : `new HttpMethod(${str(endpoint.method)})`,

  /** True when an HttpClient multipart part needs its Content-Disposition written by hand. */
  rawDisposition: (part: MultipartField | MultipartFile) => {
    checkPartName(HTTPCLIENT, 'name', part.name);
    if (part.kind === 'file') checkPartName(HTTPCLIENT, 'filename', part.filename);
    return part.kind === 'file' ? needsRawDisposition(part.name, part.filename) : needsRawDisposition(part.name);
  },
  /** The hand-written Content-Disposition of a multipart part, as a C# literal. */
  disposition: (part: MultipartField | MultipartFile) =>
    str(`form-data; name="${quotedInner(part.name)}"${part.kind === 'file' ? `; filename="${quotedInner(part.filename)}"` : ''}`),
};
