import type { Endpoint, JsonValue, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { cEscape, escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { inUnits, type Seconds, type TimeoutOptions } from './timeout.js';

/** An interpreted Go string literal; printable non-ASCII stays readable (Go sources are UTF-8). */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    if (code < 0x80) return `\\x${hex(code, 2)}`;
    // A lone surrogate has no UTF-8 encoding and `\ud800` does not compile: spell the bytes a
    // surrogate-preserving encoder (WTF-8) would write, as Python's surrogatepass does.
    if (code >= 0xd800 && code <= 0xdfff) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)].map((b) => `\\x${hex(b, 2)}`).join('');
    return `\\u${hex(code, 4)}`;
  })}"`;
}

/**
 * A raw string literal when the text can be one: no backquote, no carriage return (the compiler
 * drops those from raw strings) and nothing unsafe to leave raw; otherwise an interpreted one.
 */
function raw(text: string): string {
  const plain = [...text].every((c) => c === '\n' || c === '\t' || (c !== '`' && !isUnsafeRaw(c.codePointAt(0)!)));
  return plain ? `\`${text}\`` : str(text);
}

/**
 * A JSON value as a Go string holding its JSON text (two-space indented). Go has no ordered
 * map and encoding/json sorts keys and turns big integers into floats, so a snippet sends the
 * document's exact text instead of a Go data structure; `indent` does not apply inside a string.
 */
function lit(value: JsonValue): string {
  return raw(stringifyJson(value, 2));
}

/** True for the one header net/http takes from req.Host: a Host entry in req.Header is never sent. */
const isHost = (h: Param) => h.name.toLowerCase() === 'host';

/** Runnable snippets send basic credentials with req.SetBasicAuth, from the environment. */
function basicAuth(endpoint: Endpoint) {
  return endpoint.style === 'runnable' && endpoint.auth?.type === 'basic' ? endpoint.auth : null;
}

const DURATION_UNITS = [
  ['time.Second', 1],
  ['time.Millisecond', 1e3],
  ['time.Microsecond', 1e6],
  ['time.Nanosecond', 1e9],
] as const;

/** An http.Client with the timeout as an exact time.Duration constant (`2500 * time.Millisecond`). */
function timeoutClient(seconds: Seconds): string {
  const { count, unit } = inUnits(seconds, DURATION_UNITS);
  return `&http.Client{Timeout: ${count === 1 ? unit : `${count} * ${unit}`}}`;
}

/** The headers a snippet adds to req.Header one by one (repeats included, as Header.Add keeps them). */
function requestHeaders(endpoint: Endpoint): Param[] {
  return (basicAuth(endpoint) ? endpoint.headers.slice(1) : endpoint.headers).filter((h) => !isHost(h));
}

/** Every part of a value, looking inside base64 parts. */
function flatten(parts: Part[]): Part[] {
  return parts.flatMap((p) => (p.kind === 'base64' ? [p, ...flatten(p.parts)] : [p]));
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

export const go: LanguagePrinter = {
  indent: '\t',
  str,
  lit,
  // Snippets pass values as call arguments, where gofmt writes `+` without spaces.
  expr: exprPrinter({
    str,
    env: (name, fallback, urlEncode) => {
      const lookup = `getenv(${str(name)}, ${str(fallback)})`;
      return urlEncode ? `url.QueryEscape(${lookup})` : lookup;
    },
    base64: (inner) => `base64.StdEncoding.EncodeToString([]byte(${inner}))`,
    concat: (pieces) => pieces.join('+'),
  }),
  helpers: {
    imports,
    requestHeaders,
    basicAuth,
    /** The Host header's value, which goes in req.Host, or null. */
    hostHeader: (endpoint: Endpoint) => endpoint.headers.find(isHost)?.value ?? null,
    isMultipart: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart',
    multipartHelpers,
    breaksLine,
    timeoutClient,
  },
};
