import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartField, MultipartFile, Param, Value } from '../model.js';
import { stringifyJson } from '../spec/json.js';
import { encodeComponent } from '../spec/normalise.js';
import { cEscape, escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import type { Seconds } from './timeout.js';

/**
 * A regular C# string literal. Only fixed-length escapes are used (`\x` takes one to four hex
 * digits and would swallow a following digit). Printable non-ASCII, astral characters included,
 * stays readable: sources are UTF-8.
 */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (char === '\0') return '\\0';
    return isUnsafeRaw(code) ? `\\u${hex(code, 4)}` : undefined;
  })}"`;
}

/**
 * C# has no literal for JSON data, and serialising a Dictionary would not keep big integers,
 * number spellings and key order exact: a JSON value prints as a string literal of its compact
 * text, which both clients send as it is.
 */
function lit(value: JsonValue): string {
  return str(stringifyJson(value));
}

const env = (name: string, fallback: string) => `Environment.GetEnvironmentVariable(${str(name)}) ?? ${str(fallback)}`;

/** RestSharp's Method enum, by wire name. */
const RESTSHARP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'MERGE', 'COPY', 'SEARCH'];
/** RestSharp sends GetOrPost parameters (form fields, multipart text fields) in the body only for these; otherwise in the query. */
const RESTSHARP_BODY_METHODS = ['POST', 'PUT', 'PATCH'];

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

const NON_ASCII = /[^\x00-\x7f]/;
const CONTROL = /[\x00-\x1f\x7f]/;

function capitalize(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

function unsupported(client: string, shape: string): never {
  throw new SnipgenError(`${client} cannot send ${shape}`, 'unsupported');
}

function hasFormParameters(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  return body?.kind === 'form' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'field'));
}

/**
 * True when the RestSharp snippet must set the wire method itself: RestSharp has no enum member
 * for it, or would move the form fields into the query string. The request is then built as a
 * POST, so the fields stay in the body, and the method replaced just before sending.
 */
function restsharpOverridesMethod(endpoint: Endpoint): boolean {
  return !RESTSHARP_METHODS.includes(endpoint.method) || (hasFormParameters(endpoint) && !RESTSHARP_BODY_METHODS.includes(endpoint.method));
}

/** Backslash-escapes `"` and `\`: the inside of an RFC 9110 quoted-string. */
function quotedInner(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** .NET's Content-Disposition setters reject `"`, mangle `\` and MIME-encode non-ASCII: such names need a hand-written header. */
function needsRawDisposition(...texts: string[]): boolean {
  return texts.some((t) => /["\\]/.test(t) || NON_ASCII.test(t));
}

function checkPartName(client: string, what: string, text: string): void {
  if (CONTROL.test(text)) unsupported(client, `a multipart ${what} with a control character (${JSON.stringify(text)})`);
}

function contentTypeHeader(endpoint: Endpoint): Value {
  const header = endpoint.headers.find((h) => h.name.toLowerCase() === 'content-type');
  if (!header) throw new SnipgenError(`endpoint "${endpoint.id}" has a body but no Content-Type header`, 'template');
  return header.value;
}

/** True when a header or cookie value is not ASCII: .NET then needs to be told to send UTF-8. */
function utf8Headers(endpoint: Endpoint): boolean {
  return [...endpoint.headers, ...endpoint.cookies].some((p) => NON_ASCII.test(p.value.text));
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

/**
 * RestSharp refuses a query parameter with an empty name (ArgumentException), so such pairs go
 * into the resource, percent-encoded; the others are added one by one. RestSharp keeps a query in
 * the resource and appends the added ones after it.
 */
function restsharpResource(endpoint: Endpoint): string {
  const unnamed = endpoint.query.filter((q) => q.name === '');
  if (unnamed.some((q) => !q.value.isLiteral)) unsupported(RESTSHARP, 'a query parameter with an empty name whose value comes from the environment');
  return unnamed.length ? `${endpoint.path}?${unnamed.map((q) => `=${encodeComponent(q.value.text)}`).join('&')}` : endpoint.path;
}

const RESTSHARP = 'csharp/restsharp';
const HTTPCLIENT = 'csharp/httpclient';

export const csharp: LanguagePrinter = {
  indent: '    ',
  str,
  lit,
  expr: exprPrinter({
    str,
    env: (name, fallback, urlEncode) => (urlEncode ? `Uri.EscapeDataString(${env(name, fallback)})` : env(name, fallback)),
    base64: (inner) => `Convert.ToBase64String(Encoding.UTF8.GetBytes(${inner}))`,
    // `??` binds looser than `+`: an environment lookup inside a concatenation needs parentheses.
    concat: (pieces) => pieces.map((p) => (p.startsWith('Environment.') ? `(${p})` : p)).join(' + '),
  }),
  helpers: {
    utf8Headers,
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

    /** RestSharp's Method enum member for the request: POST when the snippet overrides the method. */
    restsharpResource: (endpoint: Endpoint) => str(restsharpResource(endpoint)),
    /** The User-Agent the spec sets (its lines joined), which RestSharp takes as an option; null when none. */
    restsharpUserAgent: (endpoint: Endpoint) => endpoint.headerMap.find((h) => h.name.toLowerCase() === 'user-agent') ?? null,
    restsharpHeaders: (endpoint: Endpoint) => endpoint.headers.filter((h) => h.name.toLowerCase() !== 'user-agent'),
    restsharpQuery: (endpoint: Endpoint) => endpoint.query.filter((q) => q.name !== ''),
    restsharpMethod: (endpoint: Endpoint) => capitalize(restsharpOverridesMethod(endpoint) ? 'POST' : endpoint.method),
    restsharpOverridesMethod,
    restsharpKnowsMethod: (endpoint: Endpoint) => RESTSHARP_METHODS.includes(endpoint.method),
    /** RestSharp only sends a multipart body with no file when told to. */
    restsharpHasFiles: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart' && endpoint.body.parts.some((p) => p.kind === 'file'),
    /** True when a field comes before a file in the spec: RestSharp cannot keep that order. */
    restsharpFilesAndFields: (endpoint: Endpoint) => {
      const kinds = endpoint.body?.kind === 'multipart' ? endpoint.body.parts.map((p) => p.kind) : [];
      return kinds.includes('field') && kinds.indexOf('field') < kinds.lastIndexOf('file');
    },
    /** A multipart text field's name: RestSharp hands it to .NET's Content-Disposition setter, which cannot carry every name. */
    restsharpFieldName: (part: MultipartField) => {
      checkPartName(RESTSHARP, 'name', part.name);
      if (needsRawDisposition(part.name)) unsupported(RESTSHARP, `the multipart field name ${JSON.stringify(part.name)} (a quote, backslash or non-ASCII character)`);
      return str(part.name);
    },
    /**
     * How a RestSharp file part is added: `path` (the filename is the path's own), `bytes` (another
     * filename), or `raw` (a name or filename .NET cannot quote: passed pre-escaped, RestSharp's encoding off).
     */
    restsharpFileMode: (part: MultipartFile) => {
      checkPartName(RESTSHARP, 'name', part.name);
      checkPartName(RESTSHARP, 'filename', part.filename);
      if (NON_ASCII.test(part.name) || NON_ASCII.test(part.filename)) {
        // RestSharp builds the multipart content itself and .NET writes its part headers in Latin-1.
        unsupported(RESTSHARP, `the non-ASCII multipart name or filename ${JSON.stringify(part.name)}/${JSON.stringify(part.filename)}`);
      }
      if (needsRawDisposition(part.name, part.filename)) return 'raw';
      return part.filename === part.path.split('/').pop() ? 'path' : 'bytes';
    },
    /** A C# literal of a name or filename already escaped for the inside of a quoted-string. */
    quotedInner: (text: string) => str(quotedInner(text)),

    /** True when an HttpClient multipart part needs its Content-Disposition written by hand. */
    rawDisposition: (part: MultipartField | MultipartFile) => {
      checkPartName(HTTPCLIENT, 'name', part.name);
      if (part.kind === 'file') checkPartName(HTTPCLIENT, 'filename', part.filename);
      return part.kind === 'file' ? needsRawDisposition(part.name, part.filename) : needsRawDisposition(part.name);
    },
    /** The hand-written Content-Disposition of a multipart part, as a C# literal. */
    disposition: (part: MultipartField | MultipartFile) =>
      str(`form-data; name="${quotedInner(part.name)}"${part.kind === 'file' ? `; filename="${quotedInner(part.filename)}"` : ''}`),

    /** The timeout as a TimeSpan; JavaScript's spelling of a number or bigint (`2.5`, `1e-7`, `30`) is also a C# literal. */
    timeSpan: (seconds: Seconds) => `TimeSpan.FromSeconds(${seconds})`,
    /** The pre-v107 RestSharp enum spelling the reference style uses (`Method.POST`); it had no custom methods. */
    restsharpLegacyMethod: (endpoint: Endpoint) => (RESTSHARP_METHODS.includes(endpoint.method) && endpoint.method !== 'SEARCH' ? endpoint.method : null),
  },
};
