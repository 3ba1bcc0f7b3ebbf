import { SnipgenError } from '../errors.js';
import type { Body, JsonValue, MultipartField, MultipartFile, Param, Part, Value } from '../model.js';
import { escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { milliseconds } from './timeout.js';

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

/**
 * Headers grouped by case-insensitive name, with the cookies as a Cookie header: a PHP array
 * key cannot repeat, so repeats become a list of values (Guzzle sends each on its own line).
 */
function headerGroups(headers: Param[], cookieHeader: Value | null): Array<{ name: string; values: Value[] }> {
  const groups = new Map<string, { name: string; values: Value[] }>();
  const add = (name: string, value: Value) => {
    const group = groups.get(name.toLowerCase());
    if (group) group.values.push(value);
    else groups.set(name.toLowerCase(), { name, values: [value] });
  };
  for (const h of headers) add(h.name, h.value);
  if (cookieHeader) add('Cookie', cookieHeader);
  const cookies = groups.get('cookie');
  // RFC 6265 allows one Cookie line, so a spec's Cookie header and its cookies share it.
  if (cookies && cookies.values.length > 1) cookies.values = [joinValues(cookies.values, '; ')];
  return [...groups.values()];
}

const literal = (text: string): Value => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });

/** The values joined by `separator`, neighbouring literals merged so a literal result prints as one string. */
function joinValues(values: Value[], separator: string): Value {
  const parts = values.flatMap((v, i): Part[] => (i ? [{ kind: 'literal', text: separator }, ...v.parts] : v.parts));
  const merged: Part[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (part.kind === 'literal' && last?.kind === 'literal') merged[merged.length - 1] = { kind: 'literal', text: last.text + part.text };
    else merged.push(part);
  }
  return { text: values.map((v) => v.text).join(separator), parts: merged, isLiteral: values.every((v) => v.isLiteral) };
}

/** `Name: value` for CURLOPT_HTTPHEADER; an empty value is written `Name;`, because curl drops a header written `Name:`. */
function headerLine(header: Param): Value {
  if (header.value.text === '' && header.value.isLiteral) return literal(`${header.name};`);
  return joinValues([literal(header.name), header.value], ': ');
}

/**
 * The CURLOPT_HTTPHEADER lines. libcurl leaves CURLOPT_COOKIE out when a Cookie line is given,
 * so a spec's own Cookie header carries the cookies too (the template then sets no CURLOPT_COOKIE).
 */
function curlHeaderLines(headers: Param[], cookieHeader: Value | null): Value[] {
  let merged = false;
  return headers.map((h) => {
    if (!cookieHeader || merged || h.name.toLowerCase() !== 'cookie') return headerLine(h);
    merged = true;
    return headerLine({ name: h.name, value: joinValues([h.value, cookieHeader], '; ') });
  });
}

/** True when a name appears twice: a PHP array keyed by name would keep only the last one. */
function hasRepeatedNames(list: Array<{ name: string }>): boolean {
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

/**
 * True when Guzzle's own Content-Disposition would be wrong for the part: it quotes name and
 * filename without escaping, applies basename() to the filename and replaces an empty one with
 * the file's path.
 */
function guzzleNeedsDisposition(part: MultipartField | MultipartFile): boolean {
  if (/[\r\n"]/.test(part.name)) return true;
  return part.kind === 'file' && (part.filename === '' || /[\r\n"/]/.test(part.filename));
}

/** True when the body reads a file, which the Guzzle snippet opens with Utils::tryFopen (it throws on a missing file). */
function guzzleOpensFiles(body: Body | null): boolean {
  return body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'));
}

/**
 * True when the curl snippet must build the multipart body itself: CURLOPT_POSTFIELDS takes an
 * array, whose keys cannot repeat, and passes names and filenames to libcurl as C strings.
 */
function curlBuildsMultipart(body: Body | null): boolean {
  if (body?.kind !== 'multipart') return false;
  const parts = body.parts;
  return hasRepeatedNames(parts) || parts.some((p) => p.name.includes('\0') || (p.kind === 'file' && p.filename.includes('\0')));
}

export const php: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: { multiline, guzzleOpensFiles, curlBuildsMultipart, headerGroups, curlHeaderLines, hasRepeatedNames, disposition, guzzleNeedsDisposition, milliseconds },
};
