import { posix } from 'node:path';
import { SnipgenError } from '../errors.js';
import type { Body, Endpoint, JsonValue, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../spec/json.js';
import { escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { JVM_HTTP_HELPERS, apacheContentType, bodyContentType, nonAsciiHeaders, okhttpEmptyBody, okhttpFormBody } from './jvm-http.js';
import { inUnits, milliseconds, type Seconds, type TimeoutOptions } from './timeout.js';

/**
 * The longest string constant javac accepts ("constant string too long" beyond): fewer than 65,535
 * characters, and at most 65,535 bytes of modified UTF-8 in the class file. Bytes are never fewer
 * than characters, so 65,534 bytes keeps both.
 */
const MAX_CONSTANT_BYTES = 65_534;

/**
 * The body of a Java string literal. javac turns `\uXXXX` into its character before it reads the
 * source, so a \u escape is printed only for characters that cannot end the literal or the line
 * (never U+000A, U+000D, `"` or `\`, which get their own escapes); every backslash of the value
 * is doubled, so a `\u` in the value never reaches javac as an escape. Other non-ASCII characters
 * stay readable: the snippet is UTF-8, the default source encoding since JDK 18 (`javac -encoding
 * UTF-8` before that).
 */
function escape(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    return `\\u${hex(code, 4)}`;
  });
}

/** Bytes a character takes in a class file constant (modified UTF-8: NUL takes two, a surrogate three). */
function constantBytes(code: number): number {
  if (code === 0) return 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code > 0xffff ? 6 : 3;
}

/**
 * A Java String expression for `text`: one literal, or, when the value is too long for one class
 * file constant, `String.join` of literals (a `+` of literals would be folded back into one constant).
 */
function str(text: string): string {
  // A UTF-16 code unit takes at most 3 bytes of modified UTF-8 (a surrogate pair, 6 for 2), so a
  // short string fits one constant without counting its bytes.
  if (text.length * 3 <= MAX_CONSTANT_BYTES) return `"${escape(text)}"`;
  const chunks: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    const size = constantBytes(char.codePointAt(0)!);
    if (bytes + size > MAX_CONSTANT_BYTES) {
      chunks.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  chunks.push(chunk);
  const literals = chunks.map((c) => `"${escape(c)}"`);
  return literals.length === 1 ? literals[0]! : `String.join("", ${literals.join(', ')})`;
}

/**
 * Java has no JSON literal and both Java clients send JSON as text, so a JSON value prints as the
 * string literal of its pretty-printed JSON (big integers exact).
 */
function lit(value: JsonValue): string {
  return str(stringifyJson(value, 2));
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `System.getenv().getOrDefault(${str(name)}, ${str(fallback)})`;
    return urlEncode ? `URLEncoder.encode(${lookup}, StandardCharsets.UTF_8)` : lookup;
  },
  base64: (inner) => `Base64.getEncoder().encodeToString((${inner}).getBytes(StandardCharsets.UTF_8))`,
  concat: (pieces) => pieces.join(' + '),
});

type Client = 'unirest' | 'httpclient';
type PartOf = MultipartField | MultipartFile;

function partsOf(value: Value): Part[] {
  const all: Part[] = [];
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      all.push(p);
      if (p.kind === 'base64') walk(p.parts);
    }
  };
  walk(value.parts);
  return all;
}

/** Headers whose value frames the body: both clients compute them, and a second copy breaks the request. */
function checkFraming(endpoint: Endpoint, client: Client): void {
  const framing = endpoint.headers.find((h) => ['content-length', 'transfer-encoding'].includes(h.name.toLowerCase()));
  if (framing) {
    throw new SnipgenError(`java/${client} cannot send a ${framing.name} header of the spec's own: the library frames the body itself (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
  }
}

/** Multipart names and filenames go inside a quoted MIME parameter; `forbidden` are the characters the client cannot put there. */
function checkPartNames(endpoint: Endpoint, client: Client, forbidden: RegExp, what: string): void {
  const body = endpoint.body;
  if (body?.kind !== 'multipart') return;
  for (const part of body.parts) {
    const names = part.kind === 'file' ? [part.name, part.filename] : [part.name];
    if (names.some((n) => forbidden.test(n))) {
      throw new SnipgenError(`java/${client} cannot send a multipart name or filename containing ${what} (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// java/unirest (Unirest 1.4.8 on Apache HttpClient 4.5)

/**
 * Why Unirest 1.x cannot send this request as the spec has it, or '' when it can. Such requests go
 * through the Apache HttpClient Unirest itself runs on (Unirest's lower-level API), so the
 * reason is written as the comment that explains the switch.
 */
function unirestLowLevel(endpoint: Endpoint): string {
  checkFraming(endpoint, 'unirest');
  // Apache httpmime writes a line break in a name or filename unescaped, which would end the part's header.
  checkPartNames(endpoint, 'unirest', /[\r\n\0]/, 'a line break or NUL');
  const { method, body } = endpoint;
  if (!endpoint.isStandardMethod) return `Unirest 1.x has no custom methods: ${method} goes through the Apache HttpClient under Unirest.`;
  if (body && ['GET', 'HEAD', 'OPTIONS'].includes(method)) {
    return `Unirest 1.x sends no body with ${method}: this goes through the Apache HttpClient under Unirest.`;
  }
  // Unirest decodes the path and re-encodes it, keeping a decoded / or ; (which change what the path means) raw.
  const reserved = /%2F|%3B/i.exec(endpoint.path);
  if (reserved) {
    return `Unirest 1.x would send ${reserved[0]} in the path as "${decodeURIComponent(reserved[0])}": this goes through the Apache HttpClient under Unirest.`;
  }
  if (endpoint.query.some((q) => !isAscii(q.name))) {
    return 'Unirest 1.x encodes query names in the platform charset: this goes through the Apache HttpClient under Unirest.';
  }
  if (body?.kind === 'multipart') {
    const parts = body.parts;
    if (!parts.some((p) => p.kind === 'file')) {
      return 'Unirest 1.x sends multipart without files as a urlencoded form: this goes through the Apache HttpClient under Unirest.';
    }
    if (parts.some((p) => !isAscii(p.name) || (p.kind === 'file' && !isAscii(p.filename)))) {
      return 'Unirest 1.x writes multipart names and filenames as ASCII: this goes through the Apache HttpClient under Unirest.';
    }
    if (!groupsInOrder(parts) || parts.some((p) => p.kind === 'field' && parts.some((q) => q.kind === 'file' && q.name === p.name))) {
      return 'Unirest 1.x groups multipart parts by name, one content type each: this goes through the Apache HttpClient under Unirest.';
    }
  }
  return '';
}

/** True when a header or cookie value is not ASCII: Apache HttpClient writes header values as ISO-8859-1 unless configured for UTF-8. */
function unirestUtf8Headers(endpoint: Endpoint): boolean {
  return [...endpoint.headers.map((h) => h.value.text), endpoint.cookieHeader?.text ?? ''].some((text) => !isAscii(text));
}

function isAscii(text: string): boolean {
  return /^[\x00-\x7f]*$/.test(text);
}

/** True when grouping the entries by name (first appearance first) keeps their order: repeated names are adjacent. */
function groupsInOrder(list: Array<{ name: string }>): boolean {
  const closed = new Set<string>();
  for (let i = 0; i < list.length; i++) {
    const name = list[i]!.name;
    if (closed.has(name)) return false;
    if (i > 0 && list[i - 1]!.name !== name) closed.add(list[i - 1]!.name);
  }
  return true;
}

/**
 * True when `.field(name, new File(path), contentType)` sends the file part exactly: Unirest takes
 * the filename from the path and keeps one content type per name, so every part of that name must
 * be a file with this content type and its own file name.
 */
function unirestFilePart(part: MultipartFile, body: Body): boolean {
  if (body.kind !== 'multipart') return false;
  const sameName = body.parts.filter((p) => p.name === part.name);
  return sameName.every((p) => p.kind === 'file' && p.contentType === part.contentType && p.filename === posix.basename(p.path) && p.filename !== '');
}

/**
 * The timeout in milliseconds for Unirest.setTimeouts or a RequestConfig, which hold it as an
 * int (Unirest's long is narrowed to one): a longer timeout would wrap around.
 */
function unirestMillis(seconds: Seconds): string {
  const ms = milliseconds(seconds);
  if (ms > 2 ** 31 - 1) throw new SnipgenError(`java/unirest cannot express a timeout of ${seconds} seconds: Apache HttpClient holds timeouts as int milliseconds (at most 2147483647)`, 'unsupported');
  return String(ms);
}

/** The imports the runnable program needs (the reference style, a fragment, prints values as plain literals). */
function unirestImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set<string>(['com.mashape.unirest.http.Unirest']);
  const { body } = endpoint;
  const printed: Value[] = [...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])];
  if (unirestUtf8Headers(endpoint)) {
    for (const name of ['java.nio.charset.StandardCharsets', 'org.apache.http.config.ConnectionConfig', 'org.apache.http.impl.client.HttpClients']) imports.add(name);
    if (endpoint.options?.timeout) imports.add('org.apache.http.client.config.RequestConfig');
  }
  if (unirestLowLevel(endpoint)) {
    printed.push(endpoint.url);
    for (const name of ['com.mashape.unirest.http.utils.ClientFactory', 'org.apache.http.HttpResponse', 'org.apache.http.client.methods.HttpUriRequest', 'org.apache.http.client.methods.RequestBuilder', 'org.apache.http.util.EntityUtils']) imports.add(name);
    if (body?.kind === 'file') imports.add('java.io.File').add('org.apache.http.entity.FileEntity');
    else if (body?.kind === 'multipart') {
      for (const name of ['java.io.File', 'java.nio.charset.StandardCharsets', 'org.apache.http.entity.ContentType', 'org.apache.http.entity.mime.HttpMultipartMode', 'org.apache.http.entity.mime.MultipartEntityBuilder']) imports.add(name);
    } else if (body) imports.add('java.nio.charset.StandardCharsets').add('org.apache.http.entity.StringEntity');
  } else {
    imports.add('com.mashape.unirest.http.HttpResponse');
    printed.push(...endpoint.query.map((q) => q.value));
    if (body?.kind === 'file') imports.add('java.nio.file.Files').add('java.nio.file.Path');
    if (body?.kind === 'multipart') {
      for (const part of body.parts) {
        if (part.kind !== 'file') continue;
        if (unirestFilePart(part, body)) imports.add('java.io.File');
        else imports.add('java.io.FileInputStream').add('org.apache.http.entity.ContentType');
      }
    }
  }
  addValueImports(imports, printed);
  return importLines(imports);
}

// ---------------------------------------------------------------------------------------------
// java/httpclient (java.net.http)

/** Headers java.net.http refuses unless the jdk.httpclient.allowRestrictedHeaders property names them (JDK 12+). */
const RESTRICTED = ['connection', 'expect', 'host', 'upgrade'];

/** The restricted header names the request sets, comma-separated, or '' when there are none. */
function httpclientRestricted(endpoint: Endpoint): string {
  checkFraming(endpoint, 'httpclient');
  checkPartNames(endpoint, 'httpclient', /\0/, 'NUL');
  const names = new Set(endpoint.headers.map((h) => h.name.toLowerCase()).filter((n) => RESTRICTED.includes(n)));
  return [...names].join(',');
}

/**
 * The headers as they are set, after refusing values java.net.http cannot send: it writes header
 * values as US-ASCII, turning other characters into `?` (or throwing beyond U+00FF).
 */
function httpclientHeaders(endpoint: Endpoint): Param[] {
  const values = [...endpoint.headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
  const wide = values.find((h) => !isAscii(h.value.text));
  if (wide) {
    throw new SnipgenError(`java/httpclient cannot send the non-ASCII value of header ${wide.name}: java.net.http writes header values as US-ASCII (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
  }
  return values;
}

/** The builder call that sets method and body: `.GET()`, `.POST(...)`, `.method("X", ...)`. */
function httpclientMethod(endpoint: Endpoint): 'GET' | 'DELETE' | 'POST' | 'PUT' | 'method' {
  const { method, body } = endpoint;
  if (!body && (method === 'GET' || method === 'DELETE')) return method;
  if (body && (method === 'POST' || method === 'PUT')) return method;
  return 'method';
}

/** The BodyPublisher expression for the body (the multipart bytes are built beforehand in `body`). */
function httpclientPublisher(body: Body | null): string {
  const publishers = 'HttpRequest.BodyPublishers';
  if (!body) return `${publishers}.noBody()`;
  switch (body.kind) {
    case 'json':
      return `${publishers}.ofString(${str(body.pretty)})`;
    case 'text':
      return `${publishers}.ofString(${str(body.text)})`;
    case 'form':
      return `${publishers}.ofString(${str(body.encoded)})`;
    case 'file':
      return `${publishers}.ofFile(Path.of(${str(body.path)}))`;
    case 'multipart':
      return `${publishers}.ofByteArray(body.toByteArray())`;
  }
}

/**
 * The bytes before a multipart part's content, from the CRLF that ends the boundary line to the
 * blank line, quoted the way browsers, curl and Python write names and filenames (WHATWG form
 * encoding: `"`, CR and LF become %22, %0D and %0A).
 */
function partHead(part: PartOf): string {
  const quote = (text: string) => `"${text.replace(/[\r\n"]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A'))}"`;
  const disposition = `Content-Disposition: form-data; name=${quote(part.name)}`;
  const head = part.kind === 'file' ? `${disposition}; filename=${quote(part.filename)}\r\nContent-Type: ${part.contentType}` : disposition;
  return str(`\r\n${head}\r\n\r\n`);
}

const DURATION_UNITS = [
  ['ofSeconds', 1],
  ['ofMillis', 1e3],
  ['ofNanos', 1e9],
] as const;

/** The timeout as an exact java.time.Duration (`Duration.ofMillis(2500)`). */
function duration(seconds: Seconds): string {
  const { count, unit } = inUnits(seconds, DURATION_UNITS);
  return `Duration.${unit}(${count}${count > 2 ** 31 - 1 ? 'L' : ''})`;
}

/** The imports the runnable program needs. */
function httpclientImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set(['java.net.URI', 'java.net.http.HttpClient', 'java.net.http.HttpRequest', 'java.net.http.HttpResponse']);
  const { body } = endpoint;
  if (endpoint.options?.timeout) imports.add('java.time.Duration');
  if (body?.kind === 'file') imports.add('java.nio.file.Path');
  if (body?.kind === 'multipart') {
    for (const name of ['java.io.ByteArrayOutputStream', 'java.nio.charset.StandardCharsets', 'java.util.UUID']) imports.add(name);
    if (body.parts.some((p) => p.kind === 'file')) imports.add('java.nio.file.Files').add('java.nio.file.Path');
  }
  addValueImports(imports, [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])]);
  return importLines(imports);
}

// ---------------------------------------------------------------------------------------------
// java/okhttp (OkHttp 3.13) and java/apache-httpclient (Apache HttpClient 5.2, classic API)

/** The imports an OkHttp 3 program needs. */
function okhttpImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set(['okhttp3.OkHttpClient', 'okhttp3.Request', 'okhttp3.Response']);
  const { body } = endpoint;
  if (endpoint.options?.timeout) imports.add('java.util.concurrent.TimeUnit');
  if (nonAsciiHeaders(endpoint)) imports.add('okhttp3.Headers');
  if (body || okhttpEmptyBody(endpoint)) imports.add('okhttp3.RequestBody');
  if (bodyContentType(endpoint) !== null && !okhttpFormBody(endpoint)) imports.add('okhttp3.MediaType');
  if (body?.kind === 'multipart') {
    if (body.parts.length === 0) imports.add('okhttp3.MediaType').add('java.nio.charset.StandardCharsets').add('java.util.UUID');
    else imports.add('okhttp3.MultipartBody');
    if (body.parts.some((p) => p.kind === 'file')) imports.add('okhttp3.MediaType').add('java.io.File');
  } else if (body?.kind === 'file') imports.add('java.io.File');
  else if (okhttpFormBody(endpoint)) imports.add('okhttp3.FormBody');
  else if (body) imports.add('java.nio.charset.StandardCharsets');
  addValueImports(imports, [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])]);
  return importLines(imports);
}

/** The imports an Apache HttpClient 5 program needs. */
function apacheImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set([
    'org.apache.hc.client5.http.impl.classic.CloseableHttpClient',
    'org.apache.hc.client5.http.impl.classic.HttpClients',
    'org.apache.hc.core5.http.ClassicHttpRequest',
    'org.apache.hc.core5.http.io.entity.EntityUtils',
    'org.apache.hc.core5.http.io.support.ClassicRequestBuilder',
  ]);
  const { body } = endpoint;
  const custom = nonAsciiHeaders(endpoint) || Boolean(endpoint.options?.timeout);
  if (custom) imports.add('org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder');
  if (nonAsciiHeaders(endpoint)) {
    for (const name of ['java.nio.charset.StandardCharsets', 'org.apache.hc.client5.http.impl.io.ManagedHttpClientConnectionFactory', 'org.apache.hc.core5.http.config.CharCodingConfig']) imports.add(name);
  }
  if (endpoint.options?.timeout) imports.add('org.apache.hc.client5.http.config.ConnectionConfig').add('org.apache.hc.core5.util.Timeout');
  if (apacheContentType(endpoint) !== null) imports.add('org.apache.hc.core5.http.ContentType');
  if (body?.kind === 'multipart') {
    for (const name of ['java.nio.charset.StandardCharsets', 'java.util.UUID', 'org.apache.hc.client5.http.entity.mime.HttpMultipartMode', 'org.apache.hc.client5.http.entity.mime.MultipartEntityBuilder']) imports.add(name);
    if (body.parts.some((p) => p.kind === 'file')) imports.add('java.io.File');
    if (body.parts.length) imports.add('org.apache.hc.core5.http.ContentType');
  } else if (body?.kind === 'file') imports.add('java.io.File').add('org.apache.hc.core5.http.io.entity.FileEntity');
  else if (body?.kind === 'form') {
    for (const name of ['java.nio.charset.StandardCharsets', 'java.util.List', 'org.apache.hc.client5.http.entity.UrlEncodedFormEntity', 'org.apache.hc.core5.http.message.BasicNameValuePair']) imports.add(name);
  } else if (body) imports.add('java.nio.charset.StandardCharsets').add('org.apache.hc.core5.http.io.entity.ByteArrayEntity');
  addValueImports(imports, [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])]);
  return importLines(imports);
}

// ---------------------------------------------------------------------------------------------

function addValueImports(imports: Set<string>, values: Value[]): void {
  const parts = values.flatMap(partsOf);
  if (parts.some((p) => p.kind === 'base64')) imports.add('java.util.Base64').add('java.nio.charset.StandardCharsets');
  if (parts.some((p) => p.kind === 'env' && p.urlEncode)) imports.add('java.net.URLEncoder').add('java.nio.charset.StandardCharsets');
}

function importLines(imports: Set<string>): string {
  return [...imports]
    .sort()
    .map((name) => `import ${name};`)
    .join('\n');
}

export const java: LanguagePrinter = {
  indent: '    ',
  str,
  lit,
  expr,
  helpers: {
    unirestLowLevel,
    unirestFilePart,
    unirestUtf8Headers,
    unirestImports,
    httpclientRestricted,
    httpclientMethod,
    httpclientHeaders,
    httpclientPublisher,
    httpclientImports,
    partHead,
    unirestMillis,
    duration,
    okhttpImports,
    apacheImports,
    ...JVM_HTTP_HELPERS,
  },
};
