import { statSync } from 'node:fs';
import type { Endpoint, MultipartField, MultipartFile, Param } from './model.js';

/**
 * Request shapes some libraries cannot send exactly. A client lists the ones its library cannot
 * send in its client.yaml (`refuses: [{ shape, because }]`), and generation refuses an endpoint of
 * that shape by name instead of emitting a snippet that sends another request. Each shape says
 * what in the endpoint has it (for the message), or undefined when the endpoint does not.
 */
export interface Shape {
  /** What the shape is, for `snipgen list` and the README. */
  description: string;
  find(endpoint: Endpoint): string | undefined;
}

const headers = (e: Endpoint): Param[] => [...e.headers, ...(e.cookieHeader ? [{ name: 'Cookie', value: e.cookieHeader }] : [])];
const firstHeader = (e: Endpoint, test: (p: Param) => boolean, what: (p: Param) => string) => {
  const found = headers(e).find(test);
  return found ? what(found) : undefined;
};
const multipartParts = (e: Endpoint) => (e.body?.kind === 'multipart' ? e.body.parts : []);
const partNames = (e: Endpoint) => multipartParts(e).flatMap((p) => (p.kind === 'file' ? [p.name, p.filename] : [p.name]));
const firstPartName = (e: Endpoint, test: (name: string) => boolean) => {
  const name = partNames(e).find(test);
  return name === undefined ? undefined : `the multipart name or filename ${JSON.stringify(name)}`;
};

/** An empty text field, or a file part whose content (the input's, else the file's) has no bytes; a file not there yet is not known to be empty. */
function isEmptyPart(part: MultipartField | MultipartFile): boolean {
  if (part.kind === 'field') return part.value === '';
  if (part.content !== undefined) return part.content === '';
  return statSync(part.absPath, { throwIfNoEntry: false })?.size === 0;
}

const FORBIDDEN_METHODS = ['CONNECT', 'TRACE', 'TRACK'];
/** https://fetch.spec.whatwg.org/#forbidden-request-header, and User-Agent, which Chromium still keeps to itself. */
const FORBIDDEN_HEADERS = new Set(
  'accept-charset accept-encoding access-control-request-headers access-control-request-method connection content-length cookie cookie2 date dnt expect host keep-alive origin referer set-cookie te trailer transfer-encoding upgrade via user-agent'.split(' '),
);
const isForbiddenHeader = (name: string) => FORBIDDEN_HEADERS.has(name.toLowerCase()) || /^(proxy|sec)-/i.test(name);

/** Every string the request carries as text, for shapes about characters. */
function texts(e: Endpoint): string[] {
  const body = e.body;
  const bodyTexts =
    body?.kind === 'json'
      ? [body.compact]
      : body?.kind === 'text'
        ? [body.text]
        : body?.kind === 'form'
          ? body.fields.flatMap((f) => [f.name, f.value])
          : body?.kind === 'multipart'
            ? body.parts.flatMap((p) => (p.kind === 'file' ? [p.name, p.filename, p.contentType] : [p.name, p.value]))
            : [];
  return [e.path, ...e.query.flatMap((q) => [q.name, q.value.text]), ...headers(e).flatMap((h) => [h.name, h.value.text]), ...bodyTexts];
}

export const SHAPES: Readonly<Record<string, Shape>> = {
  'custom-method': {
    description: 'a method other than GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS',
    find: (e) => (e.isStandardMethod ? undefined : `the method ${e.method}`),
  },
  'body-with-get-or-head': {
    description: 'a body on a GET or HEAD request',
    find: (e) => (e.body && (e.method === 'GET' || e.method === 'HEAD') ? `a body on a ${e.method} request` : undefined),
  },
  'empty-body-post': {
    description: 'a POST, PUT or PATCH without a body',
    find: (e) => (!e.body && ['POST', 'PUT', 'PATCH'].includes(e.method) ? `a ${e.method} without a body` : undefined),
  },
  'header-value-padded': {
    description: 'a header value that starts or ends with a space or tab',
    find: (e) => firstHeader(e, (h) => /^[ \t]|[ \t]$/.test(h.value.text), (h) => `the value of header ${h.name}, which starts or ends with whitespace`),
  },
  'header-value-empty': {
    description: 'a header with an empty value',
    find: (e) => firstHeader(e, (h) => h.value.text === '', (h) => `the empty value of header ${h.name}`),
  },
  'non-ascii-header-value': {
    description: 'a header value with a character outside ASCII',
    find: (e) => firstHeader(e, (h) => /[^\x00-\x7f]/.test(h.value.text), (h) => `the non-ASCII value of header ${h.name}`),
  },
  'non-latin1-header-value': {
    description: 'a header value with a character outside Latin-1',
    find: (e) => firstHeader(e, (h) => /[^\x00-\xff]/.test(h.value.text), (h) => `the value of header ${h.name}, which has characters outside Latin-1`),
  },
  'header-name-trailing-dash': {
    description: 'a header name that ends in "-"',
    find: (e) => firstHeader(e, (h) => h.name.endsWith('-'), (h) => `the header ${JSON.stringify(h.name)}`),
  },
  'repeated-header': {
    description: 'a header name given more than once',
    find: (e) => {
      const seen = new Set<string>();
      const repeats = (h: Param) => seen.has(h.name.toLowerCase()) || (seen.add(h.name.toLowerCase()), false);
      return firstHeader(e, repeats, (h) => `the repeated header ${h.name}`);
    },
  },
  'cookie-header': {
    description: 'a Cookie header (browsers set it themselves)',
    find: (e) => firstHeader(e, (h) => h.name.toLowerCase() === 'cookie', () => 'a Cookie header'),
  },
  'encoded-slash-in-path': {
    description: 'a %2F (an encoded "/") in the path',
    find: (e) => (/%2f/i.test(e.path) ? `the encoded "/" in the path ${e.path}` : undefined),
  },
  'empty-query-name': {
    description: 'a query parameter with an empty name',
    find: (e) => (e.query.some((q) => q.name === '') ? 'a query parameter with an empty name' : undefined),
  },
  'multipart-without-files': {
    description: 'a multipart body with no file part',
    find: (e) => (e.body?.kind === 'multipart' && !e.body.parts.some((p) => p.kind === 'file') ? 'a multipart body without a file' : undefined),
  },
  'multipart-line-break-in-name': {
    description: 'a line break in a multipart part name or filename',
    find: (e) => firstPartName(e, (n) => /[\r\n]/.test(n)),
  },
  'multipart-quote-in-name': {
    description: 'a double quote in a multipart part name or filename',
    find: (e) => firstPartName(e, (n) => n.includes('"')),
  },
  'multipart-backslash-in-name': {
    description: 'a backslash in a multipart part name or filename',
    find: (e) => firstPartName(e, (n) => n.includes('\\')),
  },
  'multipart-slash-in-filename': {
    description: 'a "/" in a multipart filename (a path, as some tools record it)',
    find: (e) => {
      const part = multipartParts(e).find((p): p is MultipartFile => p.kind === 'file' && p.filename.includes('/'));
      return part ? `the multipart filename ${JSON.stringify(part.filename)}` : undefined;
    },
  },
  'multipart-empty-part': {
    description: 'a multipart part with no content (an empty text field, or an empty file)',
    find: (e) => {
      const part = multipartParts(e).find(isEmptyPart);
      return part ? `the empty multipart ${part.kind === 'field' ? 'field' : 'file'} ${JSON.stringify(part.name)}` : undefined;
    },
  },
  'repeated-identical-field': {
    description: 'a form or multipart field repeated with the same name and value',
    find: (e) => {
      const fields = e.body?.kind === 'form' ? e.body.fields : multipartParts(e).filter((p): p is MultipartField => p.kind === 'field');
      const seen = new Set<string>();
      for (const { name, value } of fields) {
        const key = JSON.stringify([name, value]);
        if (seen.has(key)) return `the field ${JSON.stringify(name)} = ${JSON.stringify(value)}, repeated`;
        seen.add(key);
      }
      return undefined;
    },
  },
  'multipart-non-ascii-name': {
    description: 'a character outside ASCII in a multipart part name or filename',
    find: (e) => firstPartName(e, (n) => /[^\x00-\x7f]/.test(n)),
  },
  'forbidden-method': {
    description: 'CONNECT, TRACE or TRACK, methods browsers refuse to send',
    find: (e) => (FORBIDDEN_METHODS.includes(e.method) ? `the method ${e.method}` : undefined),
  },
  'forbidden-request-header': {
    description: 'a header a browser does not let a script set (the Fetch standard\'s forbidden names, Proxy-* and Sec-*, and User-Agent)',
    find: (e) => firstHeader(e, (h) => isForbiddenHeader(h.name) && h.name.toLowerCase() !== 'cookie', (h) => `the header ${h.name}`),
  },
  'file-upload': {
    description: 'a body or multipart part read from a file',
    find: (e) => (e.body?.kind === 'file' ? `the file body ${e.body.path}` : multipartParts(e).some((p) => p.kind === 'file') ? 'a multipart file part' : undefined),
  },
  'lone-surrogate': {
    description: 'a lone UTF-16 surrogate in any text the request carries',
    find: (e) => (texts(e).some((t) => /[\ud800-\udfff]/u.test(t)) ? 'a lone surrogate (text no UTF-8 encoder can write)' : undefined),
  },
};

/** Why `client` cannot send `endpoint` as the spec has it, from the shapes its descriptor refuses; undefined when it can. */
export function refusal(client: { id: string; refuses: ReadonlyArray<{ shape: string; because: string }> }, endpoint: Endpoint): string | undefined {
  for (const { shape, because } of client.refuses) {
    const found = SHAPES[shape]?.find(endpoint);
    if (found) return `${client.id} cannot send ${found} (endpoint "${endpoint.id}"): ${because}`;
  }
  return undefined;
}
