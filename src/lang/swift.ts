import { SnipgenError } from '../errors.js';
import type { JsonValue, Param, Part, Value } from '../model.js';
import { cEscape, escapeCodePoints, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '  ';
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
export function str(text: string): string {
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

/** A Swift dictionary literal of header fields (reference style: literal values), laid out like `lit`. */
function dict(fields: Param[]): string {
  const entries = fields.map((f) => `${str(f.name)}: ${str(f.value.text)}`);
  return entries.length > 1 ? `[\n${INDENT}${entries.join(`,\n${INDENT}`)}\n]` : `[${entries.join('')}]`;
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
    dict: (fields: Param[]) => dict(fields),
  },
};
