import { SnipgenError } from '../errors.js';
import type { JsonValue, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { hasUnsafeRaw, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';
import type { Seconds } from './timeout.js';

// The printers serve curl, HTTPie and wget alike, so their errors name no client: the renderer
// names the one whose snippet it was.
function unsupported(message: string): SnipgenError {
  return new SnipgenError(message, 'unsupported');
}

/** Linux's MAX_ARG_STRLEN: 32 pages, the terminating NUL included; a longer argument fails with "Argument list too long". */
const LONGEST_ARGUMENT = 131_072;

/**
 * Words that need no quotes in bash or zsh: no glob, brace, tilde, history, comment or
 * expansion characters, and no leading `=` (zsh expands `=cmd`).
 */
const BARE = /^[A-Za-z0-9_\/.:@%+,-][A-Za-z0-9_\/.:@%+,=-]*$/;

/**
 * A bash word for exactly `text`: bare when safe, else single-quoted (line breaks kept raw),
 * else ANSI-C quoted when other control or invisible characters would be hidden in it.
 * Arguments are C strings, so a NUL cannot be passed at all.
 */
export function str(text: string): string {
  if (text.includes('\0')) throw unsupported('a shell argument cannot contain a NUL character');
  const bytes = Buffer.byteLength(text);
  if (bytes >= LONGEST_ARGUMENT) throw unsupported(`an argument of ${bytes} bytes: Linux passes at most ${LONGEST_ARGUMENT - 1} bytes in one argument to a program (MAX_ARG_STRLEN)`);
  if (text === '') return "''";
  if (BARE.test(text)) return text;
  if (hasUnsafeRaw(text.replaceAll('\n', ''))) return ansiC(text);
  // Quotes go between the single-quoted runs as \' (no empty '' pieces).
  return text
    .split(/('+)/)
    .filter(Boolean)
    .map((piece) => (piece.startsWith("'") ? "\\'".repeat(piece.length) : `'${piece}'`))
    .join('');
}

/**
 * `$'...'`: escapes are bytes (an invisible character's UTF-8 bytes), so the result does not
 * depend on the locale, as `\u` would; other text stays raw UTF-8.
 */
function ansiC(text: string): string {
  return `$'${text.replace(/[\\'\x01-\x1f\x7f]|[^\0-\x7f]/gu, (c, at: number) => {
    const code = c.codePointAt(0)!;
    if (code > 0x7f) return isUnsafeRaw(code) ? utf8Bytes(code).map((b) => `\\x${hex(b, 2)}`).join('') : c;
    // tree-sitter-bash (and so editors' highlighting) reads `\\'` as an escaped quote.
    if (c === '\\') return at === text.length - 1 || text[at + 1] === "'" ? '\\x5c' : '\\\\';
    if (c === "'") return "\\'";
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return `\\x${hex(c.charCodeAt(0), 2)}`;
  })}'`;
}

/** Inside double quotes these four keep a special meaning. */
function inDoubleQuotes(text: string): string {
  return text.replace(/[\\"$`]/g, '\\$&');
}

/**
 * The default word of a `${VAR:-word}` inside double quotes: as written when plain, else
 * double-quoted again (bash pairs up single quotes in a bare default, and there `'` and `}` are
 * plain characters).
 */
function fallback(text: string): string {
  return /[\\"$`}']/.test(text) ? `"${inDoubleQuotes(text)}"` : text;
}

function variable(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw unsupported(`the environment variable name ${JSON.stringify(name)} cannot be read in a shell`);
  return name;
}

/**
 * A Value as one bash word: literals and `${VAR:-placeholder}` expansions inside double quotes.
 * A literal with a control character or `!` (history expansion when pasted into an interactive
 * shell) is joined on as a separately quoted piece instead.
 */
export function print(parts: Part[]): string {
  if (parts.every((p) => p.kind === 'literal')) return str(parts.map((p) => (p.kind === 'literal' ? p.text : '')).join(''));
  let out = '';
  let quoted = '';
  const flush = () => {
    if (quoted) out += `"${quoted}"`;
    quoted = '';
  };
  for (const part of parts) {
    if (part.kind === 'literal') {
      if (part.text.includes('!') || hasUnsafeRaw(part.text)) {
        flush();
        out += str(part.text);
      } else quoted += inDoubleQuotes(part.text);
    } else if (part.kind === 'env') {
      if (part.urlEncode) throw unsupported('bash cannot percent-encode an environment variable; pass the query with --url-query instead');
      if (part.fallback.includes('\0')) throw unsupported('a shell argument cannot contain a NUL character');
      quoted += `\${${variable(part.name)}:-${fallback(part.fallback)}}`;
    } else {
      // GNU base64 wraps long output; tr keeps the header on one line on every platform.
      quoted += `$(printf '%s' ${print(part.parts)} | base64 | tr -d '\\n')`;
    }
  }
  flush();
  return out;
}

function expr(value: Value): string {
  return print(value.parts);
}

/** JSON as curl sends it: its two-space indented text, as one word. */
function lit(value: JsonValue): string {
  return str(stringifyJson(value, 2));
}

/** A number of seconds (--max-time): JavaScript's spelling of a number or bigint (`2.5`, `1e-7`, `30`) is digits, `.`, `e`, `+` and `-`, a word bash leaves as it is. */
function seconds(value: Seconds): string {
  return String(value);
}

export const shell: LanguagePrinter = {
  indent: '  ',
  str,
  lit,
  expr,
  helpers: { seconds },
};
