import type { JsonValue, Part, Value } from '../model.js';

/**
 * What every language module provides. The template helpers of a language are built from
 * these, so a template never writes a quote character around a value itself.
 */
export interface LanguagePrinter {
  /** The indent unit of the printers and of the language's runnable templates: what the `indent` option replaces. */
  indent: string;
  /** A string literal that evaluates to exactly `text`. */
  str(text: string): string;
  /**
   * A literal of a JSON value in the language's native data structures; `indent` is the current
   * nesting indent, `unit` what each level adds (the client's `indent` option; default `indent` below).
   */
  lit(value: JsonValue, indent?: string, unit?: string): string;
  /** An expression for a Value: a literal, or environment lookups with placeholders joined by literals. */
  expr(value: Value): string;
  /** Language-specific helpers a template may need (import lists, method spellings); never quoting. */
  helpers?: Record<string, (...args: any[]) => unknown>;
}

/** Escapes a string by code point with `escape`, which returns undefined for characters that stay as they are. */
export function escapeCodePoints(text: string, escape: (char: string, code: number) => string | undefined): string {
  // Characters no printer escapes are skipped a run at a time by the regex engine, not by a call
  // per character: most values (URLs, ids, header names) are one such run, and a JSON body is
  // mostly runs, copied by slice (a string grown a character at a time left a cons cell per
  // character).
  let out = '';
  let kept = 0;
  for (let i = 0; i < text.length; ) {
    PLAIN_RUN.lastIndex = i;
    PLAIN_RUN.test(text);
    i = PLAIN_RUN.lastIndex;
    if (i >= text.length) break;
    // A lone surrogate is its own code point here, as in a for...of walk.
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    const escaped = escape(width === 1 ? text[i]! : text.slice(i, i + 2), code);
    if (escaped !== undefined) {
      out += text.slice(kept, i) + escaped;
      kept = i + width;
    }
    i += width;
  }
  return kept === 0 ? text : out + text.slice(kept);
}

/** A run of ASCII that every language's string literal holds as it is: no quotes, backslash, `$`, `#`, braces, backquote, `%` or controls (sticky: from lastIndex, possibly empty). */
const PLAIN_RUN = /[\w .\/:,=+;@~*!?()[\]-]*/y;

/**
 * What isUnsafeRaw rejects, as one character class (with the u flag a surrogate class matches
 * lone surrogates only, as a walk by code point sees them). Besides controls and line breaks:
 * characters a reader cannot see. Format characters (\p{Cf}: bidirectional overrides and
 * isolates, zero-width spaces and joiners, the BOM, tag characters), spaces other than U+0020
 * (a no-break space reads as a space) and the Hangul fillers. Left raw they make code that does
 * not show what it sends, and a bidirectional control can make a literal read as other code
 * ("Trojan Source", CVE-2021-42574): rustc, R and Elixir refuse them raw, gcc and GHC warn.
 */
const UNSAFE_RAW = /[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff\p{Cf}\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\u115f\u1160\u3164\uffa0]/u;

/** True when `text` has a character isUnsafeRaw rejects (one regex test instead of a walk by code point). */
export function hasUnsafeRaw(text: string): boolean {
  return UNSAFE_RAW.test(text);
}

/**
 * Code points that are unsafe to leave raw in source text: controls, line and paragraph
 * separators, lone surrogates (no encoding can write them), and the invisible characters of
 * UNSAFE_RAW. Every printer escapes these, each in its language's spelling.
 */
export function isUnsafeRaw(code: number): boolean {
  if (code < 0xa0) return code < 0x20 || code >= 0x7f;
  return UNSAFE_RAW.test(String.fromCodePoint(code));
}

/** The escapes C gave the many languages that copied it: backslash, double quote, \n, \r, \t. */
const C_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The C-style escape of `char` inside a double-quoted literal, or undefined when C has none for it. */
export function cEscape(char: string): string | undefined {
  return C_ESCAPES[char];
}

export function hex(code: number, width: number): string {
  return code.toString(16).padStart(width, '0');
}

/** The UTF-8 bytes of a code point; a lone surrogate gets the bytes WTF-8 gives it (as Python's surrogatepass writes them). */
export function utf8Bytes(code: number): number[] {
  if (code < 0x80) return [code];
  if (code < 0x800) return [0xc0 | (code >> 6), 0x80 | (code & 0x3f)];
  if (code < 0x10000) return [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
  return [0xf0 | (code >> 18), 0x80 | ((code >> 12) & 0x3f), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)];
}

/** `\\uXXXX` escapes of a code point's UTF-16 units: a surrogate pair above U+FFFF, as Java-family literals spell it. */
export function utf16Escapes(code: number): string {
  if (code <= 0xffff) return `\\u${hex(code, 4)}`;
  const offset = code - 0x10000;
  return `\\u${hex(0xd800 + (offset >> 10), 4)}\\u${hex(0xdc00 + (offset & 0x3ff), 4)}`;
}

/** Builds `expr` for a language from how it spells a literal, an env lookup, base64, and concatenation. */
export function exprPrinter(spell: {
  str(text: string): string;
  env(name: string, fallback: string, urlEncode: boolean): string;
  base64(inner: string): string;
  concat(pieces: string[]): string;
}): (value: Value) => string {
  const print = (parts: Part[]): string => {
    const pieces = parts.map((p) =>
      p.kind === 'literal' ? spell.str(p.text) : p.kind === 'env' ? spell.env(p.name, p.fallback, p.urlEncode) : spell.base64(print(p.parts)),
    );
    return pieces.length === 1 ? pieces[0]! : spell.concat(pieces);
  };
  return (value) => print(value.parts);
}

/**
 * A list or map literal with one entry per line and no trailing comma, in `[...]` and `{...}`
 * (the layout black gives Python and RuboCop Ruby); `item` prints a nested value at its indent,
 * `arrow` separates a key from its value.
 */
export function blockLiteral(
  value: JsonValue[] | { [key: string]: JsonValue },
  indent: string,
  unit: string,
  item: (value: JsonValue, indent: string) => string,
  key: (name: string) => string,
  arrow: string,
): string {
  const inner = indent + unit;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((v) => inner + item(v, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${key(k)}${arrow}${item(v, inner)}`).join(',\n')}\n${indent}}`;
}
