import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartFile, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import type { Seconds } from './timeout.js';
import { cEscape, escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '  ';

function unsupported(what: string): never {
  throw new SnipgenError(`R cannot hold ${what}`, 'unsupported');
}

/**
 * A double-quoted R string literal (the tidyverse style's quote). Controls are `\xhh` (two
 * digits: `\x` takes at most two), other unsafe code points `\u{...}`, whose braces end the
 * escape. R strings cannot hold NUL, and `\u{d800}` is an error: both are refused.
 *
 * Rscript (R 4.2) reads a source line in blocks of 4096 bytes and fails ("EOF whilst reading MBCS
 * char", "unrecognized escape") when a multibyte character or an escape straddles two blocks. A
 * long literal with either is pasted together from pieces, one per line, each far below a block.
 */
function str(text: string): string {
  const literal = quoted(text);
  if (Buffer.byteLength(literal) <= LONGEST_LINE || /^[\x20-\x5b\x5d-\x7e]*$/.test(literal)) return literal;
  // Each character's spelling stands alone (no R escape reads on into the next), so pieces are cut between any two.
  const pieces: string[] = [];
  let piece = '';
  let bytes = 0;
  for (const char of text) {
    const spelled = quoted(char).slice(1, -1);
    const size = Buffer.byteLength(spelled);
    if (bytes + size > LONGEST_LINE) {
      pieces.push(`"${piece}"`);
      piece = '';
      bytes = 0;
    }
    piece += spelled;
    bytes += size;
  }
  pieces.push(`"${piece}"`);
  return `paste0(\n${pieces.join(',\n')}\n)`;
}

/** The most bytes of a literal on one line: far below Rscript's 4096-byte block, whatever the line holds around it. */
const LONGEST_LINE = 1000;

function quoted(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    if (code === 0) unsupported('a NUL character in a string (bytes with a NUL are a raw vector)');
    if (code >= 0xd800 && code <= 0xdfff) unsupported(`the lone surrogate U+${hex(code, 4).toUpperCase()} (R strings are UTF-8)`);
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    // \u{...} takes at most four hex digits; \U{...} up to eight.
    return code < 0x80 ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u{${hex(code, 4)}}` : `\\U{${hex(code, 1)}}`;
  })}"`;
}

/**
 * A JSON value as the text the snippet sends: jsonlite (under httr's encode = "json") would
 * turn a length-one list into a scalar and an empty list into [] or {} by guesswork, and
 * drop big integers' digits. The pretty text is a raw string r"(...)" when nothing in it
 * needs an escape (a lone surrogate is escaped in JSON text), else the compact text escaped.
 */
function lit(value: JsonValue): string {
  const pretty = stringifyJson(value, 2);
  // A raw string has no escapes, but a long line with a multibyte character is read as a literal's (see str).
  const longMultibyte = (line: string) => line.length > LONGEST_LINE && /[^\x00-\x7f]/.test(line);
  if (hasUnsafeRaw(pretty.replaceAll('\n', '')) || pretty.split('\n').some(longMultibyte)) return str(stringifyJson(value));
  let dashes = '';
  while (pretty.includes(`)${dashes}"`)) dashes += '-';
  return `r"${dashes}(\n${pretty}\n)${dashes}"`;
}

function piece(part: Part): string {
  if (part.kind === 'literal') return str(part.text);
  if (part.kind === 'base64') return `jsonlite::base64_enc(${print(part.parts)})`;
  const lookup = `Sys.getenv(${str(part.name)}, ${str(part.fallback)})`;
  return part.urlEncode ? `curl::curl_escape(${lookup})` : lookup;
}

function print(parts: Part[]): string {
  return parts.length === 1 ? piece(parts[0]!) : `paste0(${parts.map(piece).join(', ')})`;
}

/** A string that may hold NUL: a raw vector of its UTF-8 bytes, the NULs as as.raw(0) between charToRaw() runs. */
function bytes(text: string): string {
  if (!text.includes('\0')) return str(text);
  const runs = text.split('\0').map((run) => (run === '' ? null : `charToRaw(${str(run)})`));
  const pieces: string[] = [];
  runs.forEach((run, i) => {
    if (i > 0) pieces.push('as.raw(0)');
    if (run) pieces.push(run);
  });
  return `c(${pieces.join(', ')})`;
}

/** An argument name: bare where R allows, else a string, which R takes as a name too (but not the empty one). */
function argName(name: string, client: string): string {
  if (name === '') throw new SnipgenError(`${client} cannot send an empty name: R refuses a zero-length argument name`, 'unsupported');
  return /^[A-Za-z][A-Za-z0-9._]*$/.test(name) && !R_RESERVED.has(name) ? name : str(name);
}

const R_RESERVED = new Set(['if', 'else', 'repeat', 'while', 'function', 'for', 'next', 'break', 'TRUE', 'FALSE', 'NULL', 'Inf', 'NaN', 'NA', 'in']);

/** The headers, repeats joined (one name each: both libraries key headers by name), Basic credentials left to authenticate() / req_auth_basic(). */
export function rHeaders(endpoint: Endpoint): Param[] {
  const headers = endpoint.headerMap.filter((h) => !(endpoint.auth?.type === 'basic' && h.name.toLowerCase() === 'authorization'));
  return [...headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
}

/** curl's form_file (curl 5.0) names the part's file after its path: another filename cannot be sent. */
function checkFilename(part: MultipartFile, client: string): void {
  if (part.filename !== part.path.split('/').pop()) {
    throw new SnipgenError(`${client} cannot send the multipart filename ${JSON.stringify(part.filename)} for ${part.path}: curl::form_file (curl 5.0) sends the file's own name`, 'unsupported');
  }
}

export const r: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: {
    bytes,
    argName: (name: string, client: unknown) => argName(name, typeof client === 'string' ? client : 'R'),
    /** The multipart file's path, after checking that its filename is the path's own. */
    formFile: (part: MultipartFile, client: unknown) => {
      checkFilename(part, typeof client === 'string' ? client : 'R');
      return str(part.path);
    },
    /** The spec's Content-Type header value for a body. */
    contentType: (endpoint: Endpoint) => {
      const header = endpoint.headerMap.find((h) => h.name.toLowerCase() === 'content-type');
      if (!header) throw new SnipgenError(`endpoint "${endpoint.id}" has a body but no Content-Type header`, 'template');
      return print(header.value.parts);
    },
    /** The config's timeout as an R number of seconds (lit would print JSON text, a string). */
    seconds: (seconds: Seconds) => String(Number(seconds)),
  },
};
