import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { isUnsafeRaw, type LanguagePrinter } from './shared.js';
import { milliseconds } from './timeout.js';

const INDENT = '  ';

const SIMPLE: Readonly<Record<string, string>> = { '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * The inside of a Haskell string literal. An unsafe character is a decimal escape (`\8232`),
 * and `\&` (the empty escape) ends one before a digit, which would otherwise extend it. A lone
 * surrogate is a Char, but every way to bytes goes through Text, which replaces it.
 */
function escape(text: string): string {
  let out = '';
  let numeric = false;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (numeric && char >= '0' && char <= '9') out += '\\&';
    numeric = false;
    if (code >= 0xd800 && code <= 0xdfff) throw new SnipgenError('haskell: a lone surrogate has no UTF-8 encoding (Data.Text replaces it)', 'unsupported');
    const simple = SIMPLE[char];
    if (simple) out += simple;
    else if (isUnsafeRaw(code)) {
      out += `\\${code}`;
      numeric = true;
    } else out += char;
  }
  return out;
}

/** A Haskell String literal (Unicode characters; GHC reads sources as UTF-8). */
function str(text: string): string {
  return `"${escape(text)}"`;
}

/**
 * A multi-line text as one literal with string gaps (`\` line break `\`), each line continued
 * at `indent` plus one unit: a pretty JSON body reads as the document.
 */
function multiline(text: string, indent = '', unit = INDENT): string {
  const lines = text.split('\n');
  if (lines.length === 1) return str(text);
  const at = indent + unit;
  // After a gap a leading digit is plain text, but `\&` keeps it so whatever came before.
  const body = lines.map((line, i) => {
    const escaped = escape(line);
    const lead = i === 0 ? '"' : `${at}\\${/^[0-9]/.test(line) ? '\\&' : ''}`;
    return `${lead}${escaped}${i < lines.length - 1 ? '\\n\\' : '"'}`;
  });
  return body.join('\n');
}

/**
 * A JSON value as its exact JSON text (two-space indented): aeson's objects are hash maps, which
 * reorder keys, so the document's own text is sent.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  return multiline(stringifyJson(value, 2), indent, unit);
}

/**
 * A String expression for a value: a literal, or literals and `getenvOr` lookups joined with
 * `++` (the snippet binds getenvOr to its environment at the start of main).
 */
function expr(value: Value): string {
  const pieces = value.parts.map((p: Part) => {
    if (p.kind === 'literal') return str(p.text);
    if (p.kind === 'env') return p.urlEncode ? `queryEscape (getenvOr ${str(p.name)} ${str(p.fallback)})` : `getenvOr ${str(p.name)} ${str(p.fallback)}`;
    throw new SnipgenError('haskell: basic credentials are sent with setRequestBasicAuth, not printed as base64', 'unsupported');
  });
  return pieces.join(' ++ ');
}

/**
 * A ByteString argument for a value: a plain literal when it is ASCII (OverloadedStrings packs
 * each Char into one byte, which is right only below 128), else `utf8 (...)` of the String.
 */
function bytes(value: Value | string): string {
  const v: Value = typeof value === 'string' ? { text: value, parts: [{ kind: 'literal', text: value }], isLiteral: true } : value;
  if (v.isLiteral && /^[\x00-\x7f]*$/.test(v.text)) return str(v.text);
  return v.isLiteral ? `(utf8 ${str(v.text)})` : `(utf8 (${expr(v)}))`;
}

/** `expr` as a function argument: parenthesised when it joins pieces. */
function arg(value: Value): string {
  return value.parts.length === 1 ? expr(value) : `(${expr(value)})`;
}

/** A quoted-string parameter as browsers write it: http-client writes names between quotes as given. */
function formName(text: string): string {
  return str(text.replace(/[\r\n"]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A')));
}

/** http-client sends basic credentials itself (setRequestBasicAuth). */
function basicAuth(endpoint: Endpoint) {
  return endpoint.auth?.type === 'basic' && endpoint.headers[0]?.value.parts.some((p) => p.kind === 'base64') ? endpoint.auth : null;
}

/** The headers addRequestHeader appends in order, cookies last; basic credentials go through setRequestBasicAuth. */
function requestHeaders(endpoint: Endpoint) {
  const headers = basicAuth(endpoint) ? endpoint.headers.slice(1) : endpoint.headers;
  return endpoint.cookieHeader ? [...headers, { name: 'Cookie', value: endpoint.cookieHeader }] : headers;
}

export const haskell: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: {
    /** `{{bytes value}}`: a ByteString of a Value or of a plain text. */
    bytes: (value: Value | string) => bytes(value),
    arg,
    /** True for a multipart body with parts: the snippet sends it with formDataBody. */
    isFormData: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart' && endpoint.body.parts.length > 0,
    formName,
    basicAuth,
    requestHeaders,
    /** The response timeout in microseconds, what responseTimeoutMicro takes. */
    microseconds: (seconds: number | bigint) => milliseconds(seconds) * 1000,
  },
};
