import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, Param, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { escapeCodePoints, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';
import { milliseconds } from './timeout.js';

const INDENT = '    ';

/**
 * Octal escapes, always three digits: C reads at most three, so the next character can never
 * extend one, where `\x` takes every hex digit that follows and would swallow an `a` after it.
 */
const octal = (bytes: number[]) => bytes.map((b) => `\\${b.toString(8).padStart(3, '0')}`).join('');

/** The body of a C string literal (without quotes) whose bytes are `text` in UTF-8. */
function body(text: string): string {
  const escaped = escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (isUnsafeRaw(code)) return octal(utf8Bytes(code));
    return undefined;
  });
  // `??` followed by = / ' ( ) ! < > - is a trigraph in ISO modes (gcc -std=c11); `\?` is a
  // question mark that never starts one. Escapes print no `?`, so every raw one is the text's.
  return escaped.includes('??') ? escaped.replaceAll('?', '\\?') : escaped;
}

/** A C string literal of `text`'s UTF-8 bytes; a NUL is kept (`\000`), so send it with an explicit length. */
function str(text: string): string {
  return `"${body(text)}"`;
}

/**
 * A multi-line text as adjacent literals, one per line, which the compiler joins into one
 * array: a pretty JSON body reads as the document it is.
 */
function lines(text: string, indent = '', unit = INDENT): string {
  const pieces = text.split(/(?<=\n)/);
  if (pieces.length === 1) return str(text);
  return pieces.map((line, i) => `${i ? indent + unit : ''}${str(line)}`).join('\n');
}

/**
 * A JSON value as a literal of its exact JSON text (two-space indented): C has no JSON type, and
 * parsing into a library's tree (cJSON, jansson) would round big integers through double.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  return lines(stringifyJson(value, 2), indent, unit);
}

/**
 * An expression for a value: a literal, `getenv_or(name, fallback)`, or `concat((const char *[]){..., NULL})`
 * of both; the snippet defines those two helpers when it reads the environment.
 */
function expr(value: Value): string {
  const pieces = value.parts.map((p) => {
    if (p.kind === 'literal') return str(p.text);
    if (p.kind === 'env') return p.urlEncode ? `curl_easy_escape(curl, getenv_or(${str(p.name)}, ${str(p.fallback)}), 0)` : `getenv_or(${str(p.name)}, ${str(p.fallback)})`;
    // Basic credentials go through CURLOPT_USERNAME/CURLOPT_PASSWORD (basicAuth), never base64 in C.
    throw new SnipgenError('c: base64 in a value is sent through CURLOPT_USERNAME and CURLOPT_PASSWORD, not printed', 'unsupported');
  });
  return pieces.length === 1 ? pieces[0]! : `concat((const char *[]){${pieces.join(', ')}, NULL})`;
}

/** Runnable snippets pass basic credentials to libcurl, which encodes them. */
function basicAuth(endpoint: Endpoint) {
  return endpoint.auth?.type === 'basic' && endpoint.headers[0]?.value.parts.some((p) => p.kind === 'base64') ? endpoint.auth : null;
}

const literal = (text: string): Value => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });

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

/** `Name: value`; an empty value is written `Name;`, because libcurl drops a header written `Name:`. */
function headerLine(header: Param): Value {
  if (header.value.text === '' && header.value.isLiteral) return literal(`${header.name};`);
  return joinValues([literal(header.name), header.value], ': ');
}

/**
 * The CURLOPT_HTTPHEADER lines, but the Authorization that basicAuth sends. libcurl leaves
 * CURLOPT_COOKIE out when a Cookie line is given, so a spec's own Cookie header carries the
 * cookies too (the template then sets no CURLOPT_COOKIE).
 */
function headerLines(endpoint: Endpoint): Value[] {
  const headers: Param[] = basicAuth(endpoint) ? endpoint.headers.slice(1) : endpoint.headers;
  const cookies = endpoint.cookieHeader;
  let merged = false;
  return headers.map((h) => {
    if (!cookies || merged || h.name.toLowerCase() !== 'cookie') return headerLine(h);
    merged = true;
    return headerLine({ name: h.name, value: joinValues([h.value, cookies], '; ') });
  });
}


/** True when any printed value reads the environment or is joined at run time: the snippet then defines getenv_or and concat. */
function needsConcat(endpoint: Endpoint): boolean {
  return [endpoint.url, ...headerLines(endpoint), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])].some((v) => v.parts.length > 1);
}

export const c: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr,
  helpers: {
    /** `{{lines text indent="    "}}`: a text as one literal per line, continued at `indent` plus one unit. */
    lines: (text: string, options?: { hash?: { indent?: string } }) => lines(text, options?.hash?.indent ?? '', INDENT),
    basicAuth, headerLines, needsConcat, milliseconds },
};
