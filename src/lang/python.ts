import type { JsonValue, Value } from '../model.js';
import { blockLiteral, cEscape, escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '    ';

/** A double-quoted Python 3 str literal; non-ASCII printable characters stay readable (sources are UTF-8). */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    return code <= 0xff ? `\\x${hex(code, 2)}` : code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  })}"`;
}

/** A Python literal (dict, list, str, int, float, True/False/None), one entry per line like black. */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : pyFloat(value);
  if (typeof value === 'string') return str(value);
  return blockLiteral(value, indent, unit, (v, inner) => lit(v, inner, unit), str, ': ');
}

function pyFloat(n: number): string {
  const text = String(n);
  return /[.e]/.test(text) ? text.replace(/e\+?/, 'e') : `${text}.0`;
}

const expr = exprPrinter({
    str,
    env: (name, fallback, urlEncode) => {
      const lookup = `os.environ.get(${str(name)}, ${str(fallback)})`;
      return urlEncode ? `quote(${lookup}, safe="")` : lookup;
    },
    base64: (inner) => `b64encode((${inner}).encode()).decode()`,
    concat: (pieces) => pieces.join(' + '),
});

/**
 * A header value as the libraries take it: a str when it is ASCII, else its UTF-8 bytes. A str
 * is written in the library's own encoding (http.client, under requests: Latin-1, so an "é" would
 * arrive as one Latin-1 byte; h11, under httpx: ASCII, which raises).
 */
export function header(value: Value): string {
  const printed = expr(value);
  if (!/[^\x00-\x7f]/.test(value.text)) return printed;
  return value.parts.length === 1 ? `${printed}.encode()` : `(${printed}).encode()`;
}

export const python: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { header },
};
