import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue, Param, Value } from '../model.js';
import { cEscape, escapeCodePoints, exprPrinter, isUnsafeRaw, utf16Escapes, type LanguagePrinter } from './shared.js';
import { milliseconds, type Seconds } from './timeout.js';

/**
 * The body of a Clojure string literal. The reader knows \" \\ \n \r \t \b \f, \uXXXX and octal
 * escapes; nothing else is special inside a string (`$`, `#{`, `~` are plain text). Other unsafe
 * characters, lone surrogates included (a Clojure string is a Java String), are \uXXXX.
 */
function escape(text: string): string {
  return escapeCodePoints(text, (char, code) => cEscape(char) ?? (isUnsafeRaw(code) ? utf16Escapes(code) : undefined));
}

/** Code units of one class file string constant (65,535 bytes of modified UTF-8, at most 3 a unit): Clojure compiles literals into constants. */
const ONE_CONSTANT = Math.floor(65_534 / 3);

/** A Clojure string expression: one literal, or `(str ...)` of literals for a value too long for one constant (never splitting a surrogate pair). */
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
  return `(str ${chunks.map((c) => `"${escape(c)}"`).join(' ')})`;
}

function scalar(value: JsonValue): string | undefined {
  if (value === null) return 'nil';
  if (typeof value === 'boolean') return String(value);
  // The reader reads an integer too large for a long as a BigInt, which cheshire writes exactly.
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return str(value);
  return undefined;
}

/** The whole value on one line: `{"a" [1 2] "b" nil}`. */
function flat(value: JsonValue): string {
  const s = scalar(value);
  if (s !== undefined) return s;
  if (Array.isArray(value)) return `[${value.map(flat).join(' ')}]`;
  return `{${Object.entries(value as { [key: string]: JsonValue })
    .map(([k, v]) => `${str(k)} ${flat(v)}`)
    .join(' ')}}`;
}

/** A collection that fits on one line stays there. */
const FLAT_WIDTH = 60;

/**
 * A JSON value as Clojure data (maps with string keys, vectors, nil), for cheshire to write.
 * Layout: a collection that does not fit on one line has an entry per line, aligned one column
 * after its bracket; a long collection in a map goes on the line after its key, one unit in. A
 * column is kept as whole units plus at most one space, so the `indent` option changes only units.
 */
function lit(value: JsonValue, indent = '', unit = '  '): string {
  const pad = (d: number, a: boolean) => indent + unit.repeat(d) + (a ? ' ' : '');
  // One column right of (d, a), counted in the language's own two-space unit.
  const right = (d: number, a: boolean): [number, boolean] => (a ? [d + 1, false] : [d, true]);
  const print = (v: JsonValue, d: number, a: boolean): string => {
    const line = flat(v);
    if (scalar(v) !== undefined || line.length <= FLAT_WIDTH) return line;
    const [id, ia] = right(d, a);
    if (Array.isArray(v)) return `[${v.map((item) => print(item, id, ia)).join(`\n${pad(id, ia)}`)}]`;
    const entries = Object.entries(v as { [key: string]: JsonValue }).map(([k, item]) => {
      const key = str(k);
      if (scalar(item) !== undefined || flat(item).length <= FLAT_WIDTH) return `${key} ${flat(item)}`;
      return `${key}\n${pad(id + 1, ia)}${print(item, id + 1, ia)}`;
    });
    return `{${entries.join(`\n${pad(id, ia)}`)}}`;
  };
  return print(value, 0, false);
}

const expr = exprPrinter({
  str,
  env: (name, fallback, urlEncode) => {
    const lookup = `(or (System/getenv ${str(name)}) ${str(fallback)})`;
    return urlEncode ? `(java.net.URLEncoder/encode ${lookup} "UTF-8")` : lookup;
  },
  base64: (inner) => `(.encodeToString (java.util.Base64/getEncoder) (.getBytes ${inner} "UTF-8"))`,
  concat: (pieces) => `(str ${pieces.join(' ')})`,
});

// ---------------------------------------------------------------------------------------------
// clojure/clj-http (clj-http 2.3 on Apache HttpClient 4.5)

/** The libraries the program requires, as `[lib :as alias]` bodies. */
function cljRequires(endpoint: Endpoint): string[] {
  const body = endpoint.body;
  const requires = [];
  if (body?.kind === 'json') requires.push('cheshire.core :as json');
  requires.push('clj-http.client :as http');
  if (body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'))) requires.push('clojure.java.io :as io');
  return requires;
}

/** The Java classes the program imports, as `(package Class ...)` bodies (multipart goes through httpmime). */
function cljImports(endpoint: Endpoint): string[] {
  if (endpoint.body?.kind !== 'multipart') return [];
  const parts = endpoint.body.parts.length > 0;
  return [
    ...(parts ? ['java.nio.charset StandardCharsets', 'org.apache.http.entity ContentType'] : []),
    'org.apache.http.entity.mime HttpMultipartMode MultipartEntityBuilder',
  ];
}

/**
 * The `:method` keyword. clj-http 2.3 makes GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS, COPY
 * and MOVE requests only (custom methods are refused by shape), and HEAD and OPTIONS requests
 * that cannot carry a body: it would be dropped.
 */
function cljMethod(endpoint: Endpoint): string {
  if (endpoint.body && ['HEAD', 'OPTIONS'].includes(endpoint.method)) {
    throw new SnipgenError(`clojure/clj-http cannot send a body with ${endpoint.method}: clj-http 2.3 makes it an HttpHead or HttpOptions, which drop the body (endpoint "${endpoint.id}")`, 'unsupported', endpoint.source);
  }
  return `:${endpoint.method.toLowerCase()}`;
}

/**
 * The entries of the `:headers` map, one a line, the first opening the map and the last closing
 * it. A repeated name gets a vector of its values (clj-http adds one header line each).
 */
function cljHeaderEntries(endpoint: Endpoint): string[] {
  const all: Param[] = [...endpoint.headers, ...(endpoint.cookieHeader ? [{ name: 'Cookie', value: endpoint.cookieHeader }] : [])];
  const byName = new Map<string, Value[]>();
  for (const h of all) byName.set(h.name, [...(byName.get(h.name) ?? []), h.value]);
  const entries = [...byName].map(([name, values]) => `${str(name)} ${values.length === 1 ? expr(values[0]!) : `[${values.map(expr).join(' ')}]`}`);
  return bracket(entries, '{', '}');
}

/**
 * The `.add...` calls of the MultipartEntityBuilder, a part a line: text parts as UTF-8 text/plain,
 * file parts with their content type and filename.
 */
function cljParts(endpoint: Endpoint): string[] {
  const body = endpoint.body;
  if (body?.kind !== 'multipart') return [];
  return body.parts.map((p) =>
    p.kind === 'field'
      ? `(.addTextBody ${str(p.name)} ${str(p.value)} (ContentType/create "text/plain" StandardCharsets/UTF_8))`
      : `(.addBinaryBody ${str(p.name)} (io/file ${str(p.path)}) (ContentType/parse ${str(p.contentType)}) ${str(p.filename)})`,
  );
}

/** True when the JSON has a lone surrogate, which no UTF-8 encoder writes: cheshire then escapes every non-ASCII character. */
function cljEscapeNonAscii(endpoint: Endpoint): boolean {
  const lone = (v: JsonValue): boolean =>
    typeof v === 'string' ? /[\ud800-\udfff]/u.test(v) : v !== null && typeof v === 'object' && Object.entries(v).some(([k, item]) => lone(k) || lone(item));
  return endpoint.body?.kind === 'json' && lone(endpoint.body.value);
}

/** Opens the first line with `open` and closes the last with `close`. */
function bracket(lines: string[], open: string, close: string): string[] {
  return lines.map((l, i) => `${i === 0 ? open : ''}${l}${i === lines.length - 1 ? close : ''}`);
}

/** The timeout in whole milliseconds (clj-http's :socket-timeout and :conn-timeout). */
function cljMillis(seconds: Seconds): string {
  return String(milliseconds(seconds));
}

export const clojure: LanguagePrinter = {
  indent: '  ',
  str,
  lit,
  expr,
  helpers: { cljRequires, cljImports, cljMethod, cljHeaderEntries, cljParts, cljEscapeNonAscii, cljMillis },
};
