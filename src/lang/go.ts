import type { Endpoint, JsonValue, Param, Part } from '../model.js';
import { stringifyJson } from '../json.js';
import { cEscape, escapeCodePoints, exprPrinter, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';
import { inUnits, type Seconds } from './timeout.js';

/** An interpreted Go string literal; printable non-ASCII stays readable (Go sources are UTF-8). */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    if (code < 0x80) return `\\x${hex(code, 2)}`;
    // A lone surrogate has no UTF-8 encoding and `\ud800` does not compile: spell the bytes a
    // surrogate-preserving encoder (WTF-8) would write, as Python's surrogatepass does.
    if (code >= 0xd800 && code <= 0xdfff) return utf8Bytes(code).map((b) => `\\x${hex(b, 2)}`).join('');
    return code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  })}"`;
}

/**
 * A raw string literal when the text can be one: no backquote, no carriage return (the compiler
 * drops those from raw strings) and nothing unsafe to leave raw; otherwise an interpreted one.
 */
function raw(text: string): string {
  const plain = [...text].every((c) => c === '\n' || c === '\t' || (c !== '`' && !isUnsafeRaw(c.codePointAt(0)!)));
  return plain ? `\`${text}\`` : str(text);
}

/**
 * A JSON value as a Go string holding its JSON text (two-space indented). Go has no ordered
 * map and encoding/json sorts keys and turns big integers into floats, so a snippet sends the
 * document's exact text instead of a Go data structure; `indent` does not apply inside a string.
 */
function lit(value: JsonValue): string {
  return raw(stringifyJson(value, 2));
}

/** True for the one header net/http takes from req.Host: a Host entry in req.Header is never sent. */
export const isHost = (h: Param) => h.name.toLowerCase() === 'host';

/** Runnable snippets send basic credentials with req.SetBasicAuth, from the environment. */
export function basicAuth(endpoint: Endpoint) {
  return endpoint.style === 'runnable' && endpoint.auth?.type === 'basic' ? endpoint.auth : null;
}

const DURATION_UNITS = [
  ['time.Second', 1],
  ['time.Millisecond', 1e3],
  ['time.Microsecond', 1e6],
  ['time.Nanosecond', 1e9],
] as const;

/** A timeout as an exact time.Duration constant (`2500 * time.Millisecond`). */
export function duration(seconds: Seconds): string {
  const { count, unit } = inUnits(seconds, DURATION_UNITS);
  return count === 1 ? unit : `${count} * ${unit}`;
}

/** The headers a snippet adds to req.Header one by one (repeats included, as Header.Add keeps them). */
export function requestHeaders(endpoint: Endpoint): Param[] {
  return (basicAuth(endpoint) ? endpoint.headers.slice(1) : endpoint.headers).filter((h) => !isHost(h));
}

/** Every part of a value, looking inside base64 parts. */
export function flatten(parts: Part[]): Part[] {
  return parts.flatMap((p) => (p.kind === 'base64' ? [p, ...flatten(p.parts)] : [p]));
}

export const go: LanguagePrinter = {
  indent: '\t',
  str,
  lit,
  // Snippets pass values as call arguments, where gofmt writes `+` without spaces.
  expr: exprPrinter({
    str,
    env: (name, fallback, urlEncode) => {
      const lookup = `getenv(${str(name)}, ${str(fallback)})`;
      return urlEncode ? `url.QueryEscape(${lookup})` : lookup;
    },
    base64: (inner) => `base64.StdEncoding.EncodeToString([]byte(${inner}))`,
    concat: (pieces) => pieces.join('+'),
  }),
  helpers: { requestHeaders, basicAuth },
};
