import type { Endpoint, JsonValue, MultipartField, MultipartFile, Part, Value } from '../model.js';
import { escapeCodePoints, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { milliseconds } from './timeout.js';

export const INDENT = '  ';

/** Escapes shared by both string forms: backslash, the usual control escapes, and anything unsafe raw. */
function escapeChar(char: string, code: number): string | undefined {
  if (char === '\\') return '\\\\';
  if (char === '\n') return '\\n';
  if (char === '\r') return '\\r';
  if (char === '\t') return '\\t';
  if (!isUnsafeRaw(code)) return undefined;
  // `\0` before a digit is a syntax error in a module (strict mode): `\x00` never is.
  return code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\u{${hex(code, 1)}}`;
}

/**
 * A string literal in single quotes, or in double quotes when that needs fewer escapes (as
 * prettier chooses); printable non-ASCII stays readable (modules are UTF-8).
 */
export function str(text: string): string {
  const quote = (text.match(/'/g)?.length ?? 0) > (text.match(/"/g)?.length ?? 0) ? '"' : "'";
  return `${quote}${escapeCodePoints(text, (char, code) => (char === quote ? `\\${quote}` : escapeChar(char, code)))}${quote}`;
}

/** The text of a template literal without its backquotes; only `${` opens a substitution. */
function templateText(text: string): string {
  return escapeCodePoints(text, (char, code) => (char === '`' ? '\\`' : escapeChar(char, code))).replace(/\$\{/g, '\\${');
}

/** An object key: bare when it is an identifier; `__proto__` computed, since written plainly it sets the prototype. */
export function key(name: string): string {
  if (name === '__proto__') return `[${str(name)}]`;
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : str(name);
}

/** Arrays of scalars up to this long stay on one line, as prettier keeps them when they fit. */
const INLINE_ARRAY = 60;

/** A JavaScript literal in prettier's layout: objects one entry per line, trailing commas. */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'null';
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (value.every((v) => v === null || typeof v !== 'object')) {
      const oneLine = `[${value.map((v) => lit(v)).join(', ')}]`;
      if (oneLine.length <= INLINE_ARRAY) return oneLine;
    }
    return `[\n${value.map((v) => `${inner}${lit(v, inner, unit)},\n`).join('')}${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}: ${lit(v, inner, unit)},\n`).join('')}${indent}}`;
}

function envLookup(name: string, fallback: string): string {
  const variable = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `process.env.${name}` : `process.env[${str(name)}]`;
  return `${variable} ?? ${str(fallback)}`;
}

function partExpr(part: Exclude<Part, { kind: 'literal' }>): string {
  if (part.kind === 'env') {
    const lookup = envLookup(part.name, part.fallback);
    return part.urlEncode ? `encodeURIComponent(${lookup})` : lookup;
  }
  // Buffer, not btoa: btoa rejects anything beyond Latin-1, and credentials are UTF-8.
  return `Buffer.from(${print(part.parts)}).toString('base64')`;
}

/** One literal prints as a string; anything read at run time makes a template literal. */
function print(parts: Part[]): string {
  if (parts.length === 1 && parts[0]!.kind === 'literal') return str(parts[0]!.text);
  if (parts.length === 1) return partExpr(parts[0] as Exclude<Part, { kind: 'literal' }>);
  return `\`${parts.map((p) => (p.kind === 'literal' ? templateText(p.text) : `\${${partExpr(p)}}`)).join('')}\``;
}

function expr(value: Value): string {
  return print(value.parts);
}

/** Integer-like keys: an object literal lists them first, in numeric order, whatever the spec's order. */
const INDEX_KEY = /^(0|[1-9][0-9]*)$/;

/**
 * True when a JSON body must be sent as its text rather than JSON.stringify of a literal: a
 * JavaScript number rounds integers beyond 2^53, and objects reorder integer-like keys.
 */
function jsonAsText(value: JsonValue): boolean {
  if (typeof value === 'bigint') return true;
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(jsonAsText);
  return Object.entries(value).some(([k, v]) => (INDEX_KEY.test(k) && Number(k) < 2 ** 32 - 1) || jsonAsText(v));
}

/** True when some header value is not ASCII (see headerValue). */
function hasNonAsciiHeader(endpoint: Endpoint): boolean {
  return endpoint.headerMap.some((h) => /[^\x00-\x7f]/.test(h.value.text));
}

/**
 * A header value for fetch. fetch writes each character of a header value as one byte (and
 * throws beyond U+00FF), so non-ASCII text is handed over as its UTF-8 bytes in a binary string.
 */
function headerValue(value: Value): string {
  return asHeaderBytes(expr(value), value.text);
}

/** A printed header value, wrapped as its UTF-8 bytes when `text` is not ASCII (see headerValue). */
export function asHeaderBytes(printed: string, text: string): string {
  return /[^\x00-\x7f]/.test(text) ? `Buffer.from(${printed}).toString('latin1')` : printed;
}

/** `url?${query}` as a template literal: the query is a URLSearchParams named `query`. */
function urlWithQuery(url: string): string {
  return `\`${templateText(url)}?\${query}\``;
}

/** A line break that is not part of CRLF. */
const BARE_LINE_BREAK = /\r(?!\n)|(?<!\r)\n/;

/**
 * True when FormData cannot carry the multipart body: it turns every line break in names and
 * text values into CRLF, so such a body is built by hand.
 */
function handBuiltMultipart(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  if (body?.kind !== 'multipart') return false;
  return body.parts.some((p) => BARE_LINE_BREAK.test(p.name) || BARE_LINE_BREAK.test(p.kind === 'field' ? p.value : p.filename));
}

/** A quoted Content-Disposition parameter the way browsers and undici write it (WHATWG). */
function dispositionParam(text: string): string {
  return `"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/** The header lines of one hand-built multipart part (see handBuiltMultipart). */
function partHeaders(part: MultipartField | MultipartFile): string {
  const disposition = `Content-Disposition: form-data; name=${dispositionParam(part.name)}`;
  return part.kind === 'field' ? disposition : `${disposition}; filename=${dispositionParam(part.filename)}\r\nContent-Type: ${part.contentType}`;
}

/** True when the snippet reads files (a binary body or a multipart file part). */
function readsFiles(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  return body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'));
}

export const javascript: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { key, jsonAsText, hasNonAsciiHeader, headerValue, urlWithQuery, readsFiles, handBuiltMultipart, partHeaders, milliseconds },
};
