import type { JsonValue, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { escapeCodePoints, exprPrinter, isUnsafeRaw, utf16Escapes, type LanguagePrinter } from './shared.js';

/**
 * The longest string constant javac accepts ("constant string too long" beyond): fewer than 65,535
 * characters, and at most 65,535 bytes of modified UTF-8 in the class file. Bytes are never fewer
 * than characters, so 65,534 bytes keeps both.
 */
const MAX_CONSTANT_BYTES = 65_534;

/**
 * The body of a Java string literal. javac turns `\uXXXX` into its character before it reads the
 * source, so a \u escape is printed only for characters that cannot end the literal or the line
 * (never U+000A, U+000D, `"` or `\`, which get their own escapes); every backslash of the value
 * is doubled, so a `\u` in the value never reaches javac as an escape. Other non-ASCII characters
 * stay readable: the snippet is UTF-8, the default source encoding since JDK 18 (`javac -encoding
 * UTF-8` before that).
 */
function escape(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    return utf16Escapes(code);
  });
}

/** Bytes a character takes in a class file constant (modified UTF-8: NUL takes two, a surrogate three). */
function constantBytes(code: number): number {
  if (code === 0) return 2;
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code > 0xffff ? 6 : 3;
}

/**
 * A Java String expression for `text`: one literal, or, when the value is too long for one class
 * file constant, `String.join` of literals (a `+` of literals would be folded back into one constant).
 */
export function str(text: string): string {
  // A UTF-16 code unit takes at most 3 bytes of modified UTF-8 (a surrogate pair, 6 for 2), so a
  // short string fits one constant without counting its bytes.
  if (text.length * 3 <= MAX_CONSTANT_BYTES) return `"${escape(text)}"`;
  const chunks: string[] = [];
  let chunk = '';
  let bytes = 0;
  for (const char of text) {
    const size = constantBytes(char.codePointAt(0)!);
    if (bytes + size > MAX_CONSTANT_BYTES) {
      chunks.push(chunk);
      chunk = '';
      bytes = 0;
    }
    chunk += char;
    bytes += size;
  }
  chunks.push(chunk);
  const literals = chunks.map((c) => `"${escape(c)}"`);
  return literals.length === 1 ? literals[0]! : `String.join("", ${literals.join(', ')})`;
}

/**
 * Java has no JSON literal and the Java clients send JSON as text, so a JSON value prints as the
 * string literal of its pretty-printed JSON (big integers exact).
 */
function lit(value: JsonValue): string {
  return str(stringifyJson(value, 2));
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `System.getenv().getOrDefault(${str(name)}, ${str(fallback)})`;
    return urlEncode ? `URLEncoder.encode(${lookup}, StandardCharsets.UTF_8)` : lookup;
  },
  base64: (inner) => `Base64.getEncoder().encodeToString((${inner}).getBytes(StandardCharsets.UTF_8))`,
  concat: (pieces) => pieces.join(' + '),
});

function partsOf(value: Value): Part[] {
  const all: Part[] = [];
  const walk = (parts: Part[]) => {
    for (const p of parts) {
      all.push(p);
      if (p.kind === 'base64') walk(p.parts);
    }
  };
  walk(value.parts);
  return all;
}

/** Adds the imports `expr`'s output needs: it names Base64, URLEncoder and StandardCharsets unqualified. */
export function addValueImports(imports: Set<string>, values: Value[]): void {
  const parts = values.flatMap(partsOf);
  if (parts.some((p) => p.kind === 'base64')) imports.add('java.util.Base64').add('java.nio.charset.StandardCharsets');
  if (parts.some((p) => p.kind === 'env' && p.urlEncode)) imports.add('java.net.URLEncoder').add('java.nio.charset.StandardCharsets');
}

/** The import block, sorted so that the same imports always print the same way. */
export function importLines(imports: Set<string>): string {
  return [...imports]
    .sort()
    .map((name) => `import ${name};`)
    .join('\n');
}

export const java: LanguagePrinter = {
  indent: '    ',
  str,
  lit,
  expr,
};
