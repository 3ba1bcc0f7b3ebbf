import { posix } from 'node:path';
import { SnipgenError } from '../errors.js';
import type { Body, Endpoint, MultipartFile, Value } from '../model.js';
import { addValueImports, importLines } from './java.js';
import { checkFraming, checkPartNames, isAscii } from './jvm-http.js';
import { milliseconds, type Seconds, type TimeoutOptions } from './timeout.js';

/**
 * java/unirest (Unirest 1.4.8): most of its rules decide whether a request can go through
 * Unirest at all, or must go through the Apache HttpClient 4.5 Unirest runs on.
 */

/**
 * Why Unirest 1.x cannot send this request as the spec has it, or '' when it can. Such requests go
 * through the Apache HttpClient Unirest itself runs on (Unirest's lower-level API), so the
 * reason is written as the comment that explains the switch.
 */
function unirestLowLevel(endpoint: Endpoint): string {
  checkFraming(endpoint, 'java/unirest');
  // Apache httpmime writes a line break in a name or filename unescaped, which would end the part's header.
  checkPartNames(endpoint, 'java/unirest', /[\r\n\0]/, 'a line break or NUL');
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

export const unirestHelpers = { unirestLowLevel, unirestFilePart, unirestUtf8Headers, unirestImports, unirestMillis };
