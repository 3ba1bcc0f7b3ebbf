import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartField, MultipartFile, Param, Value } from '../model.js';
import { milliseconds } from './timeout.js';
import { escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '  ';

/**
 * The inside of a double-quoted Elixir string (or `~c` charlist): escapes, `\#` before `{` so
 * nothing interpolates, and what is unsafe raw as `\u{...}` (its UTF-8 in the binary).
 */
function body(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '#') return undefined;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new SnipgenError('a lone UTF-16 surrogate has no UTF-8 bytes, so no Elixir string holds it', 'unsupported');
    }
    return `\\u{${hex(code, 1).toUpperCase()}}`;
  }).replace(/#\{/g, '\\#{');
}

/** A double-quoted Elixir string (a UTF-8 binary); printable non-ASCII stays readable. */
function str(text: string): string {
  return `"${body(text)}"`;
}

/** An Elixir term of a JSON value: maps with string keys, lists, nil. Integers are exact (bignums). */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : elixirFloat(value);
  if (typeof value === 'string') return str(value);
  const inner = indent + unit;
  if (Array.isArray(value)) {
    return value.length === 0 ? '[]' : `[\n${value.map((v) => inner + lit(v, inner, unit)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  return entries.length === 0 ? '%{}' : `%{\n${entries.map(([k, v]) => `${inner}${str(k)} => ${lit(v, inner, unit)}`).join(',\n')}\n${indent}}`;
}

/** Elixir floats need a digit on both sides of the point (1.0e21, not 1e21). */
function elixirFloat(n: number): string {
  const [mantissa, exponent] = String(n).split('e');
  const withPoint = mantissa!.includes('.') ? mantissa! : `${mantissa}.0`;
  return exponent === undefined ? withPoint : `${withPoint}e${exponent.replace('+', '')}`;
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `System.get_env(${str(name)}, ${str(fallback)})`;
    return urlEncode ? `URI.encode(${lookup}, &URI.char_unreserved?/1)` : lookup;
  },
  base64: (inner) => `Base.encode64(${inner})`,
  concat: (pieces) => pieces.join(' <> '),
});

/**
 * A charlist, what :httpc takes for URLs and headers: `~c"..."` for ASCII text, else the UTF-8
 * bytes of the string (String.to_charlist would give code points, which are not bytes).
 */
function chars(value: Value): string {
  if (value.parts.length === 1 && value.parts[0]!.kind === 'literal' && !/[^\x00-\x7f]/.test(value.text)) return `~c${str(value.text)}`;
  return `:binary.bin_to_list(${expr(value)})`;
}

/** One header as :httpc takes it: a tuple of two charlists. */
function headerTuple(header: Param): string {
  return `{${chars({ text: header.name, parts: [{ kind: 'literal', text: header.name }], isLiteral: true })}, ${chars(header.value)}}`;
}

const isContentType = (h: { name: string }) => h.name.toLowerCase() === 'content-type';

/** The request's header list: a body's Content-Type goes to :httpc separately, as its content type. */
function requestHeaders(endpoint: Endpoint): Param[] {
  const headers = endpoint.body ? endpoint.headers.filter((h) => !isContentType(h)) : endpoint.headers;
  return endpoint.cookieHeader ? [...headers, { name: 'Cookie', value: endpoint.cookieHeader }] : headers;
}

function contentTypeValue(endpoint: Endpoint): Value | undefined {
  return endpoint.headers.find(isContentType)?.value;
}

/** :httpc's method atom. */
function methodAtom(method: string): string {
  return `:${method.toLowerCase()}`;
}

/** A quoted Content-Disposition parameter the way browsers write it (WHATWG). */
function dispositionParam(text: string): string {
  return `"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/** The header lines of one multipart part and the blank line after them: :httpc has no multipart encoder. */
function partHead(part: MultipartField | MultipartFile): string {
  const disposition = `Content-Disposition: form-data; name=${dispositionParam(part.name)}`;
  return `${part.kind === 'field' ? disposition : `${disposition}; filename=${dispositionParam(part.filename)}\r\nContent-Type: ${part.contentType}`}\r\n\r\n`;
}

export const elixir: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { chars, headerTuple, requestHeaders, contentTypeValue, methodAtom, partHead, milliseconds },
};
