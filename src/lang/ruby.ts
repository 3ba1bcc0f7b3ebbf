import type { Endpoint, JsonValue, Part, Value } from '../model.js';
import { blockLiteral, hasUnsafeRaw, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';

const INDENT = '  ';

/** The inside of a double-quoted Ruby string: escapes, and `#` wherever it would start an interpolation. */
function dqBody(text: string): string {
  const chars = [...text];
  return chars
    .map((char, i) => {
      const code = char.codePointAt(0)!;
      if (char === '\\') return '\\\\';
      if (char === '"') return '\\"';
      if (char === '#') return /^[{$@]/.test(chars[i + 1] ?? '') ? '\\#' : '#';
      if (char === '\n') return '\\n';
      if (char === '\r') return '\\r';
      if (char === '\t') return '\\t';
      if (!isUnsafeRaw(code)) return char;
      if (code < 0x80) return `\\x${hex(code, 2).toUpperCase()}`;
      // A lone surrogate has no UTF-8 encoding and `\uD800` is rejected: spell the bytes a
      // surrogate-preserving encoder (WTF-8) would write, as Python's surrogatepass does.
      if (code >= 0xd800 && code <= 0xdfff) {
        return utf8Bytes(code).map((b) => `\\x${hex(b, 2).toUpperCase()}`).join('');
      }
      return code <= 0xffff ? `\\u${hex(code, 4).toUpperCase()}` : `\\u{${hex(code, 1).toUpperCase()}}`;
    })
    .join('');
}

/** A double-quoted Ruby string literal; printable non-ASCII stays readable (Ruby sources are UTF-8). */
function dq(text: string): string {
  return `"${dqBody(text)}"`;
}

/** True when a single-quoted literal can hold the text readably: nothing but printable characters. */
function singleQuotable(text: string): boolean {
  return !hasUnsafeRaw(text);
}

/** A single-quoted Ruby string literal, or a double-quoted one when the text has characters only escapes can spell. */
function sq(text: string): string {
  return singleQuotable(text) ? `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'` : dq(text);
}

/**
 * The literal RuboCop's default style asks for: single quotes unless the text needs escapes,
 * double quotes for text with an apostrophe that needs nothing escaped in them.
 */
function str(text: string): string {
  if (!singleQuotable(text)) return dq(text);
  if (text.includes("'") && dqBody(text) === text) return `"${text}"`;
  return sq(text);
}

/** A Ruby literal (Hash with string keys, Array, String, Integer, Float, true/false/nil), one entry per line. */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  // JavaScript's shortest round-trip spelling (`3.5`, `1e+21`, `5e-324`) is also a Ruby literal
  // of the same double; an integral double prints as an Integer, which JSON cannot tell apart.
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  return blockLiteral(value, indent, unit, (v, inner) => lit(v, inner, unit), str, ' => ');
}

function piece(part: Part): string {
  if (part.kind === 'literal') return str(part.text);
  if (part.kind === 'base64') return `[${print(part.parts)}].pack('m0')`;
  const lookup = `ENV.fetch(${str(part.name)}, ${str(part.fallback)})`;
  return part.urlEncode ? `URI.encode_www_form_component(${lookup})` : lookup;
}

/** One part prints as itself; several interpolate into one double-quoted string, as RuboCop prefers to `+`. */
function print(parts: Part[]): string {
  if (parts.length === 1) return piece(parts[0]!);
  return `"${parts.map((p) => (p.kind === 'literal' ? dqBody(p.text) : `#{${piece(p)}}`)).join('')}"`;
}

/** True when a string or key of the JSON value holds a lone surrogate (which JSON text escapes as `\ud800`). */
function holdsLoneSurrogate(value: JsonValue): boolean {
  if (typeof value === 'string') return /\p{Cs}/u.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsLoneSurrogate);
  return Object.entries(value).some(([k, v]) => /\p{Cs}/u.test(k) || holdsLoneSurrogate(v));
}

/**
 * Entries grouped by name, each at its first position, for libraries that take a Hash of name to
 * value (or to an Array of the repeats): the repeats of one name stay in order.
 */
function byName<T extends { name: string }>(entries: readonly T[]): Array<{ name: string; items: T[]; repeated: boolean }> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) groups.set(entry.name, [...(groups.get(entry.name) ?? []), entry]);
  return [...groups].map(([name, items]) => ({ name, items, repeated: items.length > 1 }));
}

export const ruby: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: {
    dq,
    sq,
    byName,
    isMultipart: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart',
    /** The file parts of a multipart body (a snippet defines its upload class only when there are some). */
    fileParts: (endpoint: Endpoint) => (endpoint.body?.kind === 'multipart' ? endpoint.body.parts.filter((p) => p.kind === 'file') : []),
    /**
     * True when the JSON body is sent as its text rather than built from a Hash: a Ruby string
     * holding a lone surrogate is not valid UTF-8, and JSON.generate raises on it.
     */
    jsonAsText: (endpoint: Endpoint) => endpoint.body?.kind === 'json' && holdsLoneSurrogate(endpoint.body.value),
  },
};
