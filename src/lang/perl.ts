import type { Endpoint, JsonValue } from '../model.js';
import { blockLiteral, escapeCodePoints, exprPrinter, hasUnsafeRaw, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';

const INDENT = '    ';

/**
 * The bytes a character stands for in a snippet without `use utf8`, where every string is a byte
 * string: UTF-8, and for a lone surrogate the bytes a surrogate-preserving encoder (WTF-8) writes.
 */
function utf8Escapes(code: number): string {
  return utf8Bytes(code).map((b) => `\\x${hex(b, 2).toUpperCase()}`).join('');
}

/** A double-quoted Perl string: `$` and `@` escaped so nothing interpolates, unsafe characters as their UTF-8 bytes. */
function dq(text: string, rawNewlines = false): string {
  const escaped = escapeCodePoints(text, (char, code) => {
    if (char === '\\' || char === '"' || char === '$') return `\\${char}`;
    if (char === '\n') return rawNewlines ? '\n' : '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    // \x{...} above 0xFF would make a character string; the snippet sends byte strings.
    return isUnsafeRaw(code) ? utf8Escapes(code) : undefined;
  });
  // escapeCodePoints passes `@` through untouched (it is plain in most languages), and no escape
  // above contains one: every `@` left is the text's own.
  return `"${escaped.replaceAll('@', '\\@')}"`;
}

/**
 * A Perl string literal holding the text's UTF-8 bytes (snippets have no `use utf8`, so printable
 * non-ASCII characters stay readable and are their bytes): single quotes, where only `\` and `'`
 * are special, unless the text needs an escape.
 */
function str(text: string): string {
  return hasUnsafeRaw(text) || hasBackslash(text) ? dq(text) : sq(text);
}

/**
 * perl reads `'a\\'` as `a\`, but tree-sitter-perl (the syntax check) takes the quote after an
 * escaped backslash for an escaped quote: a text with a backslash goes in double quotes.
 */
function hasBackslash(text: string): boolean {
  return text.includes('\\');
}

function sq(text: string): string {
  return `'${text.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** A multi-line text (a pretty JSON body) with its line breaks kept raw: Perl string literals may span lines. */
function multiline(text: string): string {
  return hasUnsafeRaw(text.replaceAll('\n', '')) || hasBackslash(text) ? dq(text, true) : sq(text);
}

/** A Perl data structure (hash and array references) that JSON::PP encodes as `value`. */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'undef';
  if (value === true) return 'JSON::PP::true';
  if (value === false) return 'JSON::PP::false';
  if (typeof value === 'bigint' || typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  return blockLiteral(value, indent, unit, (v, inner) => lit(v, inner, unit), str, ' => ');
}

const expr = exprPrinter({
  str,
  // `//` keeps a variable set to the empty string, as os.environ.get does.
  env: (name, fallback, urlEncode) => {
    const lookup = `$ENV{${str(name)}} // ${str(fallback)}`;
    return urlEncode ? `uri_escape(${lookup})` : `(${lookup})`;
  },
  base64: (inner) => `encode_base64(${inner}, '')`,
  concat: (pieces) => pieces.join(' . '),
});

export const perl: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value) => {
    const printed = expr(value);
    // A lone lookup needs no parentheses of its own.
    return value.parts.length === 1 && value.parts[0]!.kind === 'env' && !value.parts[0]!.urlEncode ? printed.slice(1, -1) : printed;
  },
  helpers: {
    multiline,
    /** True when a header name has an underscore, which HTTP::Headers turns into a dash unless told not to. */
    underscoreHeader: (endpoint: Endpoint) => endpoint.headers.some((h) => h.name.includes('_')),
  },
};
