import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartField, MultipartFile, Param, Part, Style, Value } from '../model.js';
import { cEscape, escapeCodePoints, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '  ';
/** httpsnippet's fixed boundary, which the reference style keeps; the runnable style draws a UUID. */
const REFERENCE_BOUNDARY = '---011000010111000001101001';

function escapeChar(char: string, code: number): string | undefined {
  const common = cEscape(char);
  if (common) return common;
  if (char === '\0') return '\\0';
  if (code >= 0xd800 && code <= 0xdfff) {
    throw new SnipgenError(`swift/urlsession: a Swift string cannot hold the lone surrogate U+${hex(code, 4).toUpperCase()}`, 'unsupported');
  }
  return isUnsafeRaw(code) ? `\\u{${hex(code, 1)}}` : undefined;
}

/**
 * A Swift string literal. The backslash is escaped like every other special character, so `\(`
 * in a value prints as `\\(` and never interpolates; non-ASCII printable characters stay
 * readable (sources are UTF-8).
 */
function str(text: string): string {
  return `"${escapeCodePoints(text, escapeChar)}"`;
}

/**
 * A multi-line string literal (SE-0168) whose value is exactly `text`, for JSON bodies. Lines
 * start at column 0, as the closing delimiter does. A quote that would complete a run of three
 * is escaped, and whitespace ending a line is escaped so no editor can strip it.
 */
function multiline(text: string): string {
  const lines = text.split('\n').map((line) => {
    let out = '';
    let quotes = 0;
    for (const char of line) {
      if (char === '"') {
        quotes = quotes === 2 ? 0 : quotes + 1;
        out += quotes === 0 ? '\\"' : '"';
        continue;
      }
      quotes = 0;
      out += escapeChar(char, char.codePointAt(0)!) ?? char;
    }
    return out.replace(/ $/, '\\u{20}');
  });
  return `"""\n${lines.join('\n')}\n"""`;
}

/**
 * A Swift literal of a JSON value for JSONSerialization, laid out like httpsnippet: an object
 * with more than one key one entry per line, an array inline unless it holds such an object.
 * Nested collections carry their type (`as [String : Any]`, `as [Any]`): inside `Any` an empty
 * or mixed literal has no type Swift can infer. The caller types the outermost one.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  return literal(value, indent, unit, false);
}

function literal(value: JsonValue, indent: string, unit: string, nested: boolean): string {
  if (value === null) return 'NSNull()';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  const inner = indent + unit;
  let body: string;
  if (Array.isArray(value)) {
    const items = value.map((v) => literal(v, inner, unit, true));
    const pretty = value.some((v) => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length > 1);
    body = pretty ? `[\n${inner}${items.join(`,\n${inner}`)}\n${indent}]` : `[${items.join(', ')}]`;
  } else {
    const entries = Object.entries(value).map(([k, v]) => `${str(k)}: ${literal(v, inner, unit, true)}`);
    body = entries.length === 0 ? '[:]' : entries.length > 1 ? `[\n${inner}${entries.join(`,\n${inner}`)}\n${indent}]` : `[${entries[0]}]`;
  }
  return nested ? `${body} as ${anyType(value)}` : body;
}

function anyType(value: JsonValue): string {
  return Array.isArray(value) ? '[Any]' : '[String : Any]';
}

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * True when JSONSerialization can send the value from a Swift literal: a collection whose
 * integers all fit Int and whose strings (keys too) hold no lone surrogate, which a Swift string
 * cannot (the JSON text escapes it).
 */
function fitsLiteral(value: JsonValue): boolean {
  if (value === null || typeof value !== 'object') return false;
  const fits = (v: JsonValue): boolean => {
    if (typeof v === 'bigint') return v >= INT64_MIN && v <= INT64_MAX;
    // A double that prints as an integer literal beyond Int64 would not compile either.
    if (typeof v === 'number') return !(Number.isInteger(v) && Math.abs(v) >= 2 ** 63 && !/e/.test(String(v)));
    if (typeof v === 'string') return !LONE_SURROGATE.test(v);
    return v === null || typeof v !== 'object' || Object.entries(v).every(([key, item]) => !LONE_SURROGATE.test(key) && fits(item));
  };
  return fits(value);
}

const LONE_SURROGATE = /\p{Cs}/u;

/** An expression and whether it binds tighter than every operator (so `+`, `??` and `.utf8` need no parentheses around it). */
interface Expr {
  code: string;
  atom: boolean;
}

function printParts(parts: Part[]): Expr {
  const pieces = parts.map(printPart);
  if (pieces.length === 1) return pieces[0]!;
  return { code: pieces.map((p) => (p.atom ? p.code : `(${p.code})`)).join(' + '), atom: false };
}

function printPart(part: Part): Expr {
  if (part.kind === 'literal') return { code: str(part.text), atom: true };
  if (part.kind === 'base64') {
    const inner = printParts(part.parts);
    return { code: `Data(${inner.atom ? inner.code : `(${inner.code})`}.utf8).base64EncodedString()`, atom: true };
  }
  const lookup = `ProcessInfo.processInfo.environment[${str(part.name)}] ?? ${str(part.fallback)}`;
  // `unreserved` is the RFC 3986 set the runnable template declares whenever a value needs it.
  return part.urlEncode ? { code: `(${lookup}).addingPercentEncoding(withAllowedCharacters: unreserved)!`, atom: true } : { code: lookup, atom: false };
}

function expr(value: Value): string {
  return printParts(value.parts).code;
}

/** The request's header fields as one list: headerMap, then the cookies (merged into a Cookie header the spec sets itself). */
function headerFields(endpoint: Endpoint): Param[] {
  const fields = endpoint.headerMap.map((h) => ({ ...h }));
  if (endpoint.cookieHeader) {
    const existing = fields.find((h) => h.name.toLowerCase() === 'cookie');
    if (existing) existing.value = joinValues(existing.value, '; ', endpoint.cookieHeader);
    else fields.push({ name: 'Cookie', value: endpoint.cookieHeader });
  }
  if (endpoint.style === 'reference' && endpoint.body?.kind === 'multipart') {
    fields.push({ name: 'Content-Type', value: literalValue(`multipart/form-data; boundary=${REFERENCE_BOUNDARY}`) });
  }
  return fields;
}

function joinValues(a: Value, separator: string, b: Value): Value {
  const parts: Part[] = [...a.parts, { kind: 'literal', text: separator }, ...b.parts];
  const merged = parts.reduce<Part[]>((out, p) => {
    const last = out.at(-1);
    if (p.kind === 'literal' && last?.kind === 'literal') out[out.length - 1] = { kind: 'literal', text: last.text + p.text };
    else out.push(p);
    return out;
  }, []);
  return { text: a.text + separator + b.text, parts: merged, isLiteral: a.isLiteral && b.isLiteral };
}

function literalValue(text: string): Value {
  return { text, parts: [{ kind: 'literal', text }], isLiteral: true };
}

/** A Swift dictionary literal of header fields (reference style: literal values), laid out like `lit`. */
function dict(fields: Param[]): string {
  const entries = fields.map((f) => `${str(f.name)}: ${str(f.value.text)}`);
  return entries.length > 1 ? `[\n${INDENT}${entries.join(`,\n${INDENT}`)}\n]` : `[${entries.join('')}]`;
}

/**
 * A multipart parameter value for a Content-Disposition header: quotes and line breaks
 * percent-encoded the way browsers and urllib3 do (WHATWG HTML), everything else as is.
 */
function dispositionParam(text: string): string {
  return text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/**
 * The text of one multipart part as a literal: all of a field part; a file part up to its
 * content, which the snippet reads from the file. The runnable style interpolates its
 * `boundary` variable, the reference style writes httpsnippet's fixed boundary.
 */
function partText(part: MultipartField | MultipartFile, style: Style): string {
  const boundary = style === 'reference' ? REFERENCE_BOUNDARY : '\\(boundary)';
  let head = `Content-Disposition: form-data; name="${dispositionParam(part.name)}"`;
  if (part.kind === 'file') head += `; filename="${dispositionParam(part.filename)}"\r\nContent-Type: ${part.contentType}`;
  const tail = part.kind === 'field' ? `${part.value}\r\n` : '';
  const literal = str(`${head}\r\n\r\n${tail}`);
  return `"--${boundary}\\r\\n${literal.slice(1)}`;
}

/** The closing delimiter line of a multipart body, as a literal. */
function multipartEnd(style: Style): string {
  return style === 'reference' ? str(`--${REFERENCE_BOUNDARY}--\r\n`) : '"--\\(boundary)--\\r\\n"';
}

/** The `a=1`, `&b=2` pieces of a form body, percent-encoded, one per field (httpsnippet appends them one by one). */
function formPieces(fields: Array<{ name: string; value: string }>): string[] {
  return fields.map((f, i) => `${i ? '&' : ''}${new URLSearchParams([[f.name, f.value]]).toString()}`);
}

/** URLSession refuses a body on GET and HEAD requests, so such a spec cannot be sent. */
function checkBody(endpoint: Endpoint): string {
  if (endpoint.body && (endpoint.method === 'GET' || endpoint.method === 'HEAD')) {
    throw new SnipgenError(`swift/urlsession: URLSession refuses a ${endpoint.method} request with a body`, 'unsupported', endpoint.source);
  }
  return '';
}

export const swift: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: {
    multiline: (text: string) => multiline(text),
    anyType: (value: JsonValue) => anyType(value),
    fitsLiteral: (value: JsonValue) => fitsLiteral(value),
    headerFields: (endpoint: Endpoint) => headerFields(endpoint),
    dict: (fields: Param[]) => dict(fields),
    partText: (part: MultipartField | MultipartFile, style: Style) => partText(part, style),
    multipartEnd: (style: Style) => multipartEnd(style),
    formPieces: (fields: Array<{ name: string; value: string }>) => formPieces(fields),
    checkBody: (endpoint: Endpoint) => checkBody(endpoint),
  },
};
