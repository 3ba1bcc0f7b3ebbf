import { SnipgenError } from '../errors.js';
import type { JsonValue, MultipartField, MultipartFile, Part, Value } from '../model.js';
import { escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '    ';
const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * A PHP string literal that evaluates to exactly `text` (as UTF-8 bytes). Single quotes interpolate
 * nothing and need only \\ and \' escaped, so they are used unless the text holds a character
 * that must not stay raw in source; then double quotes, where $ is escaped so neither $x nor {$x}
 * interpolates.
 */
function str(text: string): string {
  return quoted(text, false);
}

/**
 * A multi-line text (a pretty JSON body) with its line breaks kept raw, the way the reference
 * page writes a body; PHP string literals may span lines.
 */
function multiline(text: string): string {
  return quoted(text, true);
}

function quoted(text: string, rawNewlines: boolean): string {
  const unsafe = hasUnsafeRaw(rawNewlines ? text.replaceAll('\n', '') : text);
  if (!unsafe) return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
  return `"${escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '$') return '\\$';
    if (char === '\n') return rawNewlines ? '\n' : '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    // \xNN is one byte, so only ASCII uses it; \u{...} is the code point's UTF-8 encoding.
    return code < 0x80 ? `\\x${hex(code, 2)}` : `\\u{${hex(code, 4)}}`;
  })}"`;
}

/** A PHP value (short array syntax, one entry per line) that json_encode turns into `value`. */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'null';
  if (value === true) return 'true';
  if (value === false) return 'false';
  if (typeof value === 'bigint') {
    if (value < INT64_MIN || value > INT64_MAX) {
      throw new SnipgenError(`php: the integer ${value} does not fit a PHP int and would become a float; send the JSON text instead`, 'unsupported');
    }
    return value.toString();
  }
  if (typeof value === 'number') return Number.isInteger(value) && Math.abs(value) < 1e21 ? String(value) : phpFloat(value);
  if (typeof value === 'string') return str(value);
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => `${inner}${lit(v, inner, unit)},`).join('\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  // An empty PHP array encodes as [], so an empty JSON object needs an object.
  if (entries.length === 0) return 'new \\stdClass()';
  return `[\n${entries.map(([k, v]) => `${inner}${str(k)} => ${lit(v, inner, unit)},`).join('\n')}\n${indent}]`;
}

function phpFloat(n: number): string {
  const text = String(n);
  return /[.e]/.test(text) ? text : `${text}.0`;
}

/** `getenv('NAME') ?: 'fallback'`; `?:` binds looser than `.`, so it is parenthesised inside a concatenation. */
function expr(value: Value): string {
  return printParts(value.parts);
}

function printParts(parts: Part[]): string {
  const concatenated = parts.length > 1;
  return parts
    .map((p) => {
      if (p.kind === 'literal') return str(p.text);
      if (p.kind === 'base64') return `base64_encode(${printParts(p.parts)})`;
      const lookup = `getenv(${str(p.name)}) ?: ${str(p.fallback)}`;
      if (p.urlEncode) return `rawurlencode(${lookup})`;
      return concatenated ? `(${lookup})` : lookup;
    })
    .join(' . ');
}

/** The values joined by `separator`, neighbouring literals merged so a literal result prints as one string. */
export function joinValues(values: Value[], separator: string): Value {
  const parts = values.flatMap((v, i): Part[] => (i ? [{ kind: 'literal', text: separator }, ...v.parts] : v.parts));
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.kind === 'literal' && last?.kind === 'literal') merged[merged.length - 1] = { kind: 'literal', text: last.text + part.text };
    else merged.push(part);
  }
  return { text: values.map((v) => v.text).join(separator), parts: merged, isLiteral: values.every((v) => v.isLiteral) };
}

/** True when a name appears twice: a PHP array keyed by name would keep only the last one. */
export function hasRepeatedNames(list: Array<{ name: string }>): boolean {
  return new Set(list.map((p) => p.name)).size !== list.length;
}

/** A quoted-string parameter as browsers, curl and Python write it (WHATWG form encoding: ", CR, LF percent-encoded). */
function quoteParam(text: string): string {
  return `"${text.replace(/[\r\n"]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A'))}"`;
}

/** The Content-Disposition of a multipart part. */
function disposition(part: MultipartField | MultipartFile): string {
  return `form-data; name=${quoteParam(part.name)}${part.kind === 'file' ? `; filename=${quoteParam(part.filename)}` : ''}`;
}

export const php: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { multiline, disposition },
};
