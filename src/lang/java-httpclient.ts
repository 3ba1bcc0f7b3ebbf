import { SnipgenError } from '../errors.js';
import type { Body, Endpoint, MultipartField, MultipartFile, Param } from '../model.js';
import { addValueImports, importLines, str } from './java.js';
import { checkFraming, checkPartNames, isAscii } from './jvm-http.js';
import { inUnits, type Seconds, type TimeoutOptions } from './timeout.js';

/**
 * java/httpclient (java.net.http, JDK 11+): the JDK has no multipart support, so besides its
 * refusals this client's template builds multipart bytes by hand with partHead.
 */

/** Headers java.net.http refuses unless the jdk.httpclient.allowRestrictedHeaders property names them (JDK 12+). */
const RESTRICTED = ['connection', 'expect', 'host', 'upgrade'];

/** The restricted header names the request sets, comma-separated, or '' when there are none. */
function httpclientRestricted(endpoint: Endpoint): string {
  checkFraming(endpoint, 'java/httpclient');
  checkPartNames(endpoint, 'java/httpclient', /\0/, 'NUL');
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
function partHead(part: MultipartField | MultipartFile): string {
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

export const javaHttpclientHelpers = { httpclientRestricted, httpclientMethod, httpclientHeaders, httpclientPublisher, httpclientImports, partHead, duration };
