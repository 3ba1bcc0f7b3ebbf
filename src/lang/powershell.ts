import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import type { Seconds } from './timeout.js';

const INDENT = '    ';

/** PowerShell takes the typographic quotes as quote characters too: ‘ ’ ‚ ‛ end a single-quoted string, “ ” „ a double-quoted one. */
const SMART_QUOTES = /[\u2018-\u201e]/;

/** The inside of a double-quoted string: backtick escapes, `$` escaped so nothing interpolates. */
function dqBody(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    if (char === '`' || char === '"' || char === '$') return `\`${char}`;
    if (char === '\0') return '`0';
    if (char === '\n') return '`n';
    if (char === '\r') return '`r';
    if (char === '\t') return '`t';
    // `u{} takes a code point and rejects a surrogate; a lone one is the char it is.
    if (code >= 0xd800 && code <= 0xdfff) return `$([char]0x${hex(code, 4).toUpperCase()})`;
    if (isUnsafeRaw(code) || SMART_QUOTES.test(char)) return `\`u{${hex(code, 4).toUpperCase()}}`;
    return undefined;
  });
}

/** A single-quoted literal (nothing is special in it but the quote, doubled) unless the text needs escapes. */
function str(text: string): string {
  if (hasUnsafeRaw(text) || SMART_QUOTES.test(text)) return `"${dqBody(text)}"`;
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * A JSON value as the text the snippet sends: ConvertTo-Json would not keep big integers (it
 * prints -12345678901234567890 as a decimal with `.0`), key order of a plain hashtable, or a
 * lone surrogate. The pretty text goes in a verbatim here-string, which nothing in JSON text can
 * end (a line would have to start with `'@`); text a source file should not hold raw is a
 * double-quoted string of the compact form.
 */
function lit(value: JsonValue): string {
  const pretty = stringifyJson(value, 2);
  if (hasUnsafeRaw(pretty.replaceAll('\n', ''))) return str(stringifyJson(value));
  return `@'\n${pretty}\n'@`;
}

/** `$env:NAME` where the name is an identifier, else the .NET lookup. */
function envLookup(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? `$env:${name}` : `[Environment]::GetEnvironmentVariable(${str(name)})`;
}

function piece(part: Part): string {
  if (part.kind === 'literal') return str(part.text);
  if (part.kind === 'base64') return `[Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes(${print(part.parts)}))`;
  const lookup = `${envLookup(part.name)} ?? ${str(part.fallback)}`;
  return part.urlEncode ? `[Uri]::EscapeDataString(${lookup})` : lookup;
}

/**
 * One part prints as itself; several join with `+` (the first is a string, so `+` concatenates).
 * Not `"$( )"` interpolation: PowerShell cannot parse an escaped quote in a double-quoted string
 * nested in another's `$( )`, which a fallback value may need.
 */
function print(parts: Part[]): string {
  if (parts.length === 1) return piece(parts[0]!);
  // Parenthesised whole: a comma (an array literal, a command's arguments) binds tighter than `+`.
  return `(${parts.map((p) => (p.kind === 'env' ? `(${piece(p)})` : piece(p))).join(' + ')})`;
}

const NAME = 'powershell';

function unsupported(client: string, shape: string): never {
  throw new SnipgenError(`${client} cannot send ${shape}`, 'unsupported');
}

/** Headers .NET parses when PowerShell adds them validated (throwing on a value its parser rejects). */
const PARSED_HEADERS = [
  'accept', 'accept-charset', 'accept-encoding', 'accept-language', 'authorization', 'cache-control', 'connection', 'content-type', 'cookie', 'date',
  'expect', 'from', 'host', 'if-match', 'if-modified-since', 'if-none-match', 'if-range', 'if-unmodified-since', 'max-forwards',
  'pragma', 'proxy-authorization', 'range', 'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'via', 'warning',
];
const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = `${TOKEN}/${TOKEN}(?:\\s*;\\s*${TOKEN}=(?:${TOKEN}|"[^"\\\\]*"))*`;
/** Values .NET's parsers accept, for the parsed headers snippets commonly set; any other parsed header is sent unvalidated. */
const ACCEPTED: Record<string, RegExp> = {
  authorization: new RegExp(`^${TOKEN}(?: [A-Za-z0-9._~+/<>-]*=*)?$`),
  accept: new RegExp(`^${MEDIA_TYPE}(?:\\s*,\\s*${MEDIA_TYPE})*$`),
  'content-type': new RegExp(`^${MEDIA_TYPE}$`),
  'user-agent': /^[A-Za-z0-9._\/ ()-]+$/,
  cookie: /^[^\x00-\x1f\x7f]*$/,
};

/** The headers for -Headers, repeats joined (one hashtable key each); Content-Type goes to -ContentType, Cookie last. */
function psHeaders(endpoint: Endpoint): Param[] {
  return [...endpoint.headerMap.filter((h) => h.name.toLowerCase() !== 'content-type'), ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
}

/** The Content-Type header the spec sets with a body, or null. */
function contentType(endpoint: Endpoint): Value | null {
  return endpoint.headerMap.find((h) => h.name.toLowerCase() === 'content-type')?.value ?? null;
}

/**
 * True when a header .NET would parse has a value its parser might reject (or an environment
 * value the snippet cannot know): -SkipHeaderValidation then sends every header as written.
 */
function skipHeaderValidation(endpoint: Endpoint): boolean {
  const type = endpoint.body?.kind === 'multipart' ? [] : [{ name: 'Content-Type', value: contentType(endpoint) }];
  return [...psHeaders(endpoint), ...type].some(({ name, value }) => {
    const key = name.toLowerCase();
    if (!value || !PARSED_HEADERS.includes(key)) return false;
    const accepted = ACCEPTED[key];
    const text = value.parts.map((p) => (p.kind === 'literal' ? p.text : p.kind === 'env' ? p.fallback : 'dGV4dA==')).join('');
    return !accepted || !accepted.test(text) || /^[ \t]|[ \t]$/.test(text);
  });
}

/** Backslash-escapes `"` and `\`: the inside of an RFC 9110 quoted-string. */
function quotedInner(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** .NET's Content-Disposition setters reject `"`, mangle `\` and MIME-encode non-ASCII: such a part gets its header written by hand. */
function rawDisposition(part: MultipartField | MultipartFile, client: string): boolean {
  const texts = part.kind === 'file' ? [part.name, part.filename] : [part.name];
  for (const t of texts) if (/[\x00-\x1f\x7f]/.test(t)) unsupported(client, `a multipart name or filename with a control character (${JSON.stringify(t)})`);
  return texts.some((t) => /["\\\u0080-\uffff]/.test(t));
}

/** True when a dictionary can carry the form: it holds each name once. */
function formAsDictionary(endpoint: Endpoint): boolean {
  const names = endpoint.body?.kind === 'form' ? endpoint.body.fields.map((f) => f.name) : [];
  return new Set(names).size === names.length;
}

export const powershell: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: {
    psHeaders,
    skipHeaderValidation,
    /** The Content-Type for -ContentType: the spec's header. */
    contentType: (endpoint: Endpoint) => {
      const value = contentType(endpoint);
      if (!value) throw new SnipgenError(`endpoint "${endpoint.id}" has a body but no Content-Type header`, 'template');
      return print(value.parts);
    },
    /** True when the method is one of -Method's names; any other goes to -CustomMethod. */
    knownMethod: (endpoint: Endpoint) => ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'MERGE'].includes(endpoint.method),
    formAsDictionary,
    /** True when a multipart name or filename is not ASCII: .NET writes part headers in Latin-1 unless told otherwise. */
    utf8Parts: (endpoint: Endpoint) =>
      endpoint.body?.kind === 'multipart' && endpoint.body.parts.some((p) => NON_ASCII.test(p.kind === 'file' ? p.name + p.filename : p.name)),
    rawDisposition: (part: MultipartField | MultipartFile, client: string) => rawDisposition(part, typeof client === 'string' ? client : NAME),
    /**
     * The hand-written Content-Disposition of a multipart part. Outside ASCII, as its UTF-8 bytes
     * read as Latin-1, which .NET writes part headers in: a HeaderEncodingSelector would be a
     * script block, which .NET calls on a thread with no PowerShell runspace.
     */
    disposition: (part: MultipartField | MultipartFile) => {
      const value = `form-data; name="${quotedInner(part.name)}"${part.kind === 'file' ? `; filename="${quotedInner(part.filename)}"` : ''}`;
      return NON_ASCII.test(value) ? `[Text.Encoding]::Latin1.GetString([Text.Encoding]::UTF8.GetBytes(${str(value)}))` : str(value);
    },
    /** -TimeoutSec takes whole seconds: a fraction rounds up, so the snippet never gives up sooner than asked. */
    timeoutSec: (seconds: Seconds) => String(Math.max(1, Math.ceil(Number(seconds)))),
  },
};
