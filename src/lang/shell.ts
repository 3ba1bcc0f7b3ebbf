import { SnipgenError } from '../errors.js';
import type { Auth, Endpoint, JsonValue, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { encodeComponent } from '../spec/normalise.js';
import { stringifyJson } from '../spec/json.js';
import { hex, type LanguagePrinter } from './shared.js';
import type { Seconds } from './timeout.js';

function unsupported(message: string): SnipgenError {
  return new SnipgenError(`shell/curl: ${message}`, 'unsupported');
}

/**
 * Words that need no quotes in bash or zsh: no glob, brace, tilde, history, comment or
 * expansion characters, and no leading `=` (zsh expands `=cmd`).
 */
const BARE = /^[A-Za-z0-9_\/.:@%+,-][A-Za-z0-9_\/.:@%+,=-]*$/;

/**
 * A bash word for exactly `text`: bare when safe, else single-quoted (line breaks kept raw),
 * else ANSI-C quoted when other control characters would be invisible.
 * Arguments are C strings, so a NUL cannot be passed at all.
 */
function str(text: string): string {
  if (text.includes('\0')) throw unsupported('a shell argument cannot contain a NUL character');
  if (text === '') return "''";
  if (BARE.test(text)) return text;
  if (/[\x01-\x09\x0b-\x1f\x7f]/.test(text)) return ansiC(text);
  // Quotes go between the single-quoted runs as \' (no empty '' pieces).
  return text
    .split(/('+)/)
    .filter(Boolean)
    .map((piece) => (piece.startsWith("'") ? "\\'".repeat(piece.length) : `'${piece}'`))
    .join('');
}

/** `$'...'`: escapes are bytes, so the result does not depend on the locale; other text stays raw UTF-8. */
function ansiC(text: string): string {
  return `$'${text.replace(/[\\'\x01-\x1f\x7f]/g, (c, at: number) => {
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
function print(parts: Part[]): string {
  if (parts.every((p) => p.kind === 'literal')) return str(parts.map((p) => (p.kind === 'literal' ? p.text : '')).join(''));
  let out = '';
  let quoted = '';
  const flush = () => {
    if (quoted) out += `"${quoted}"`;
    quoted = '';
  };
  for (const part of parts) {
    if (part.kind === 'literal') {
      if (/[\0-\x1f\x7f!]/.test(part.text)) {
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

function literal(text: string): Part {
  return { kind: 'literal', text };
}

/**
 * The request-line flag: `--head` (`--request HEAD` waits for a body that never comes), `--request`,
 * or nothing when curl infers the method: POST from a data or form flag, which the template writes
 * for every body (`--data ''` for a form without fields), else GET.
 */
function curlMethod(endpoint: Endpoint): string {
  const { method, body } = endpoint;
  if (method === 'HEAD') {
    if (body) throw unsupported(`endpoint "${endpoint.id}" sends a body with HEAD, which curl --head cannot do`);
    return '--head';
  }
  if (endpoint.style === 'runnable' && method === (body ? 'POST' : 'GET')) return '';
  return `--request ${str(method)}`;
}

/** Brackets and braces in a URL are curl globbing patterns unless --globoff is given. */
function needsGloboff(url: string): boolean {
  return /[[\]{}]/.test(url);
}

/** `--url-query` content: the name as the URL will carry it, the value encoded by curl at run time. */
function urlQuery(param: Param): string {
  if (param.name === '') {
    // `=value` would be read as "encode value, no name"; `+` sends the pre-encoded pair as written.
    if (!param.value.isLiteral) throw unsupported('a query parameter with an empty name cannot take its value from the environment');
    return str(`+=${encodeComponent(param.value.text)}`);
  }
  return print([literal(`${encodeComponent(param.name)}=`), ...param.value.parts]);
}

/** A header as curl wants it; `Name;` is how curl sends an empty value (`Name:` removes the header). */
function header(param: Param, parts: Part[]): string {
  if (param.value.text === '' && param.value.isLiteral) return str(`${param.name};`);
  return print([literal(`${param.name}: `), ...parts]);
}

/** Runnable headers: values from the environment; basic credentials go through --user instead. */
function curlHeaders(endpoint: Endpoint): string[] {
  const headers = endpoint.auth?.type === 'basic' ? endpoint.headers.slice(1) : endpoint.headers;
  return headers.map((h) => header(h, h.value.parts));
}

/** Reference headers: the text the page shows, basic credentials already encoded. */
function referenceHeaders(endpoint: Endpoint): string[] {
  return endpoint.headers.map((h) => header(h, [literal(h.value.text)]));
}

/** `--user user:password`, from which curl builds the Basic header itself; empty when auth is not basic. */
function curlUser(auth: Auth | null): string {
  if (auth?.type !== 'basic') return '';
  return print([...auth.username.parts, literal(':'), ...auth.password.parts]);
}

/** One form field: `--data-urlencode name=value` (curl encodes the value; the name goes as written). */
function formField(field: { name: string; value: string }): string {
  // `--data-urlencode =value` would drop the `=`; an empty name is sent pre-encoded instead.
  if (field.name === '') return `--data ${str(`=${encodeComponent(field.value)}`)}`;
  return `--data-urlencode ${str(`${encodeComponent(field.name)}=${field.value}`)}`;
}

/** A path for `@file`: `-` would mean standard input. */
function filePath(path: string): string {
  return path === '-' ? './-' : path;
}

/** `--data-binary @path` reads the file's bytes unchanged. */
function dataFile(path: string): string {
  return str(`@${filePath(path)}`);
}

function partName(part: MultipartField | MultipartFile): string {
  if (part.name === '' || part.name.includes('=')) {
    throw unsupported(`curl -F reads a part name up to the first "=", so the part name ${JSON.stringify(part.name)} cannot be sent`);
  }
  return part.name;
}

/** `--form-string name=value`: the value is sent as written (no @file, <file or ;type= parsing). */
function formString(part: MultipartField): string {
  return str(`${partName(part)}=${part.value}`);
}

/** A word in curl's -F syntax: double-quoted with \" and \\ when it holds a separator, quote, backslash or edge space. */
function formWord(text: string): string {
  return /[;,"\\]|^\s|\s$/.test(text) ? `"${text.replace(/[\\"]/g, '\\$&')}"` : text;
}

const FORM_KEYWORDS = /^\s*(type|filename|headers|encoder)=/i;

/** `--form name=@path;type=...;filename=...` in curl's -F syntax. */
function formFile(part: MultipartFile): string {
  const [type, ...params] = part.contentType.split(';');
  const typeOk = /^[^\/\s,;]{1,127}\/[^\s,;]{1,127}$/.test(type!) && params.every((p) => !p.includes(',') && !FORM_KEYWORDS.test(p));
  if (!typeOk) throw unsupported(`curl -F cannot send the part content type ${JSON.stringify(part.contentType)}`);
  const path = filePath(part.path);
  const filename = part.filename === path.split('/').pop() ? '' : `;filename=${formWord(part.filename)}`;
  return str(`${partName(part)}=@${formWord(path)};type=${part.contentType}${filename}`);
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
  helpers: { curlMethod, needsGloboff, urlQuery, curlHeaders, referenceHeaders, curlUser, formField, dataFile, formString, formFile, seconds },
};
