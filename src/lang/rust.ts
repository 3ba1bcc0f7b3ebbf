import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { escapeCodePoints, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { milliseconds } from './timeout.js';

const INDENT = '    ';

/**
 * A Rust string literal. `\x` takes ASCII only (up to 7f) and `\u{...}` any scalar value; a lone
 * surrogate is no scalar value, and a Rust string cannot hold one at all.
 */
export function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (code >= 0xd800 && code <= 0xdfff) throw new SnipgenError('rust: a lone surrogate cannot be held by a Rust string (UTF-8 only)', 'unsupported');
    if (!isUnsafeRaw(code)) return undefined;
    return code < 0x80 ? `\\x${hex(code, 2)}` : `\\u{${hex(code, 4)}}`;
  })}"`;
}

/**
 * A raw string (`r#"..."#`, as many `#` as the text needs) when the text has nothing unsafe to
 * leave raw but line breaks and tabs, and no carriage return (rustc rejects a bare CR in a raw
 * string); otherwise an escaped one. A pretty JSON body then reads as the document.
 */
function raw(text: string): string {
  const plain = [...text].every((c) => c === '\n' || c === '\t' || !isUnsafeRaw(c.codePointAt(0)!));
  if (!plain) return str(text);
  const runs = [...text.matchAll(/"(#*)/g)].map((m) => m[1]!.length + 1);
  const hashes = '#'.repeat(Math.max(text.includes('"') ? 1 : 0, ...runs));
  return `r${hashes}"${text}"${hashes}`;
}

/**
 * A JSON value as a string of its exact JSON text (two-space indented): serde_json's json! sorts
 * keys unless built with preserve_order, so the document's own text is sent instead.
 */
function lit(value: JsonValue): string {
  return raw(stringifyJson(value, 2));
}

/** An expression for a value: a `&str` literal, or a `String` built from environment lookups and literals. */
function expr(value: Value): string {
  return print(value.parts);
}

function print(parts: Part[]): string {
  const pieces = parts.map((p) => {
    if (p.kind === 'literal') return str(p.text);
    if (p.kind === 'env') return p.urlEncode ? `url_encode(&getenv_or(${str(p.name)}, ${str(p.fallback)}))` : `getenv_or(${str(p.name)}, ${str(p.fallback)})`;
    return `base64::encode(${print(p.parts)})`;
  });
  if (pieces.length === 1) return pieces[0]!;
  // `[&str].concat()` joins into one String; a String piece is borrowed to fit.
  return `[${pieces.map((piece, i) => (parts[i]!.kind === 'literal' ? piece : `&${piece}`)).join(', ')}].concat()`;
}

/** A quoted-string parameter as browsers write it (WHATWG form encoding: ", CR, LF percent-encoded). */
export function quoteParam(text: string): string {
  return text.replace(/[\r\n"]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A'));
}

/** reqwest sends basic credentials itself (RequestBuilder::basic_auth). */
function basicAuth(endpoint: Endpoint) {
  return endpoint.auth?.type === 'basic' && endpoint.headers[0]?.value.parts.some((p) => p.kind === 'base64') ? endpoint.auth : null;
}

/** The values joined by `separator`, neighbouring literals merged so a literal result prints as one string. */
function joinValues(values: Value[], separator: string): Value {
  const merged: Part[] = [];
  for (const part of values.flatMap((v, i): Part[] => (i ? [{ kind: 'literal', text: separator }, ...v.parts] : v.parts))) {
    const last = merged.at(-1);
    if (part.kind === 'literal' && last?.kind === 'literal') merged[merged.length - 1] = { kind: 'literal', text: last.text + part.text };
    else merged.push(part);
  }
  return { text: values.map((v) => v.text).join(separator), parts: merged, isLiteral: values.every((v) => v.isLiteral) };
}

/**
 * The header lines to set, the cookies in the spec's own Cookie header when it has one (RFC 6265
 * allows one Cookie line). reqwest appends repeats (`headers`); ureq's `set` replaces a repeated
 * name but X- ones, so it takes the repeats joined with ", " (`headerMap`). Basic credentials
 * are left to reqwest's basic_auth when `byLibrary`.
 */
function headerLines(endpoint: Endpoint, grouped: boolean, byLibrary: boolean): Param[] {
  let headers = grouped ? endpoint.headerMap : endpoint.headers;
  if (byLibrary && basicAuth(endpoint)) headers = headers.slice(1);
  const cookies = endpoint.cookieHeader;
  if (!cookies) return headers;
  const at = headers.findIndex((h) => h.name.toLowerCase() === 'cookie');
  if (at < 0) return [...headers, { name: 'Cookie', value: cookies }];
  return headers.map((h, i) => (i === at ? { name: h.name, value: joinValues([h.value, cookies], '; ') } : h));
}

/** `expr`, borrowed when it is a String, for parameters that take `&str`. */
function borrowed(value: Value): string {
  return value.isLiteral ? expr(value) : `&${expr(value)}`;
}

export const rust: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: {
    /** `{{#each (headerLines this grouped byLibrary)}}` */
    headerLines: (endpoint: Endpoint, grouped: boolean, byLibrary: boolean) => headerLines(endpoint, grouped, byLibrary),
    borrowed,
    basicAuth,
    milliseconds,
  },
};
