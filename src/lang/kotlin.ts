import type { Endpoint, JsonValue, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { JVM_HTTP_HELPERS, bodyContentType, nonAsciiHeaders, okhttpEmptyBody, okhttpFormBody } from './jvm-http.js';
import { cEscape, escapeCodePoints, exprPrinter, isUnsafeRaw, utf16Escapes, type LanguagePrinter } from './shared.js';
import type { TimeoutOptions } from './timeout.js';

/**
 * The body of an escaped Kotlin string literal. `$` starts a template in every Kotlin string, so
 * it is always `\$`; `\u` escapes are read inside string literals only (unlike Java's, which javac
 * applies to the whole source first), so a `\u` in the value is just a doubled backslash and a
 * `u`. Kotlin has no `\0` or `\x`: other unsafe characters, lone surrogates included (a Kotlin
 * String is UTF-16 and holds them), are `\uXXXX`. Raw strings (`"""`) are never used: they have
 * no escapes, so `$` and `"""` could not be written in them.
 */
function escape(text: string): string {
  const escaped = escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (char === '$') return '\\$';
    if (!isUnsafeRaw(code)) return undefined;
    return utf16Escapes(code);
  });
  // kotlinc reads `\$\"` as a dollar and a quote, but tree-sitter-kotlin (the syntax check) does
  // not: a dollar before an escaped quote is written as the equivalent `\u0024`.
  return escaped.replace(/\\\$(?=\\")/g, '\\u0024');
}

/**
 * The longest string constant a class file holds is 65,535 bytes of modified UTF-8; a UTF-16 code
 * unit takes at most 3, so a string of up to this many code units is one constant.
 */
const ONE_CONSTANT = Math.floor(65_534 / 3);

/**
 * A Kotlin String expression for `text`: one literal, or, for a value too long for one class file
 * constant, `listOf(...).joinToString("")` of literals (kotlinc folds a `+` of literals back into
 * one constant). Chunks never split a surrogate pair.
 */
function str(text: string): string {
  if (text.length <= ONE_CONSTANT) return `"${escape(text)}"`;
  const chunks: string[] = [];
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + ONE_CONSTANT, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
    chunks.push(text.slice(i, end));
    i = end;
  }
  return `listOf(${chunks.map((c) => `"${escape(c)}"`).join(', ')}).joinToString("")`;
}

/** Kotlin has no JSON literal and the Kotlin client sends JSON as text: the string of its pretty JSON (big integers exact). */
function lit(value: JsonValue): string {
  return str(stringifyJson(value, 2));
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `(System.getenv(${str(name)}) ?: ${str(fallback)})`;
    return urlEncode ? `URLEncoder.encode(${lookup}, "UTF-8")` : lookup;
  },
  base64: (inner) => `Base64.getEncoder().encodeToString((${inner}).toByteArray())`,
  concat: (pieces) => pieces.join(' + '),
});

function partsOf(value: Value): Part[] {
  const walk = (parts: Part[]): Part[] => parts.flatMap((p) => (p.kind === 'base64' ? [p, ...walk(p.parts)] : [p]));
  return walk(value.parts);
}

/** The imports a kotlin/okhttp program needs, sorted. */
function okhttpImports(endpoint: Endpoint & TimeoutOptions): string {
  const imports = new Set(['okhttp3.OkHttpClient', 'okhttp3.Request']);
  const { body } = endpoint;
  if (endpoint.options?.timeout) imports.add('java.util.concurrent.TimeUnit');
  if (nonAsciiHeaders(endpoint)) imports.add('okhttp3.Headers');
  if (body || okhttpEmptyBody(endpoint)) imports.add('okhttp3.RequestBody');
  if (bodyContentType(endpoint) !== null && !okhttpFormBody(endpoint)) imports.add('okhttp3.MediaType');
  if (body?.kind === 'multipart') {
    if (body.parts.length === 0) imports.add('okhttp3.MediaType').add('java.util.UUID');
    else imports.add('okhttp3.MultipartBody');
    if (body.parts.some((p) => p.kind === 'file')) imports.add('okhttp3.MediaType').add('java.io.File');
  } else if (body?.kind === 'file') imports.add('java.io.File');
  else if (okhttpFormBody(endpoint)) imports.add('okhttp3.FormBody');
  const parts = [endpoint.url, ...endpoint.headers.map((h) => h.value), ...(endpoint.cookieHeader ? [endpoint.cookieHeader] : [])].flatMap(partsOf);
  if (parts.some((p) => p.kind === 'base64')) imports.add('java.util.Base64');
  if (parts.some((p) => p.kind === 'env' && p.urlEncode)) imports.add('java.net.URLEncoder');
  return [...imports]
    .sort()
    .map((name) => `import ${name}`)
    .join('\n');
}

export const kotlin: LanguagePrinter = {
  indent: '    ',
  str,
  lit,
  expr,
  helpers: {
    okhttpImports,
    ...JVM_HTTP_HELPERS,
  },
};
