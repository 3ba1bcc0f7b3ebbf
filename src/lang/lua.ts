import { SnipgenError } from '../errors.js';
import type { JsonValue, MultipartField, MultipartFile } from '../model.js';
import { escapeCodePoints, exprPrinter, isUnsafeRaw, type LanguagePrinter } from './shared.js';

const INDENT = '  ';

/** `\ddd`, always three digits, so a digit after it is never read as part of it. */
const byteEscape = (byte: number) => `\\${String(byte).padStart(3, '0')}`;

/**
 * A double-quoted Lua string literal (Lua 5.1 to 5.4: no `\u{}`, no long brackets, whose
 * leading newline is dropped). Lua strings are bytes: printable non-ASCII stays as its UTF-8 in
 * the UTF-8 source, and what is unsafe raw is written as its UTF-8 bytes in `\ddd` escapes.
 */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    if (code >= 0xd800 && code <= 0xdfff) {
      throw new SnipgenError('a lone UTF-16 surrogate has no UTF-8 bytes, so no Lua string holds it', 'unsupported');
    }
    return [...Buffer.from(char, 'utf8')].map(byteEscape).join('');
  })}"`;
}

const isName = (name: string) => /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) && !LUA_KEYWORDS.has(name);
const LUA_KEYWORDS = new Set(
  'and break do else elseif end false for function goto if in local nil not or repeat return then true until while'.split(' '),
);

/** A table key: bare when it is a name, else `["..."]`. */
function key(name: string): string {
  return isName(name) ? name : `[${str(name)}]`;
}

/**
 * A Lua table of a JSON value. Lua has no JSON in its standard library and no null in a table
 * (nil ends an array), so snippets send JSON as its text; this is for values a template shows.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  if (value === null) return 'nil';
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  const inner = indent + unit;
  const entries = Array.isArray(value) ? value.map((v) => lit(v, inner, unit)) : Object.entries(value).map(([k, v]) => `${key(k)} = ${lit(v, inner, unit)}`);
  return entries.length === 0 ? '{}' : `{\n${entries.map((e) => `${inner}${e},\n`).join('')}${indent}}`;
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `(os.getenv(${str(name)}) or ${str(fallback)})`;
    // socket.url.escape percent-encodes every byte but letters, digits and "_".
    return urlEncode ? `url.escape${lookup}` : lookup;
  },
  // mime.b64 returns two values; the parentheses keep the first.
  base64: (inner) => `(mime.b64(${inner}))`,
  concat: (pieces) => pieces.join(' .. '),
});

/** A quoted Content-Disposition parameter the way browsers write it (WHATWG). */
function dispositionParam(text: string): string {
  return `"${text.replace(/"/g, '%22').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}"`;
}

/** The header lines of one multipart part and the blank line after them, built by hand: LuaSocket has no multipart encoder. */
function partHead(part: MultipartField | MultipartFile): string {
  const disposition = `Content-Disposition: form-data; name=${dispositionParam(part.name)}`;
  return `${part.kind === 'field' ? disposition : `${disposition}; filename=${dispositionParam(part.filename)}\r\nContent-Type: ${part.contentType}`}\r\n\r\n`;
}

export const lua: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { key, partHead },
};
