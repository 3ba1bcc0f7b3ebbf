import { SnipgenError } from '../errors.js';
import type { Endpoint, JsonValue } from '../model.js';
import { stringifyJson } from '../json.js';
import { cEscape, escapeCodePoints, exprPrinter, hex, isUnsafeRaw, type LanguagePrinter } from './shared.js';
import type { Seconds } from './timeout.js';

/**
 * A regular C# string literal. Only fixed-length escapes are used (`\x` takes one to four hex
 * digits and would swallow a following digit). Printable non-ASCII, astral characters included,
 * stays readable: sources are UTF-8.
 */
export function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (char === '\0') return '\\0';
    if (!isUnsafeRaw(code)) return undefined;
    return code <= 0xffff ? `\\u${hex(code, 4)}` : `\\U${hex(code, 8)}`;
  })}"`;
}

/**
 * C# has no literal for JSON data, and serialising a Dictionary would not keep big integers,
 * number spellings and key order exact: a JSON value prints as a string literal of its compact
 * text, which both clients send as it is.
 */
function lit(value: JsonValue): string {
  return str(stringifyJson(value));
}

const env = (name: string, fallback: string) => `Environment.GetEnvironmentVariable(${str(name)}) ?? ${str(fallback)}`;

// Both C# clients hand names and header values to .NET's own classes, so these rules are the
// platform's and live here beside the printers, for csharp-httpclient.ts and csharp-restsharp.ts.
export const NON_ASCII = /[^\x00-\x7f]/;
const CONTROL = /[\x00-\x1f\x7f]/;

export function capitalize(method: string): string {
  return method.charAt(0) + method.slice(1).toLowerCase();
}

export function unsupported(client: string, shape: string): never {
  throw new SnipgenError(`${client} cannot send ${shape}`, 'unsupported');
}

/** Backslash-escapes `"` and `\`: the inside of an RFC 9110 quoted-string. */
export function quotedInner(text: string): string {
  return text.replace(/[\\"]/g, (c) => `\\${c}`);
}

/** .NET's Content-Disposition setters reject `"`, mangle `\` and MIME-encode non-ASCII: such names need a hand-written header. */
export function needsRawDisposition(...texts: string[]): boolean {
  return texts.some((t) => /["\\]/.test(t) || NON_ASCII.test(t));
}

export function checkPartName(client: string, what: string, text: string): void {
  if (CONTROL.test(text)) unsupported(client, `a multipart ${what} with a control character (${JSON.stringify(text)})`);
}

/** True when a header or cookie value is not ASCII: .NET then needs to be told to send UTF-8. */
export function utf8Headers(endpoint: Endpoint): boolean {
  return [...endpoint.headers, ...endpoint.cookies].some((p) => NON_ASCII.test(p.value.text));
}

export const csharp: LanguagePrinter = {
  indent: '    ',
  str,
  lit,
  expr: exprPrinter({
    str,
    env: (name, fallback, urlEncode) => (urlEncode ? `Uri.EscapeDataString(${env(name, fallback)})` : env(name, fallback)),
    base64: (inner) => `Convert.ToBase64String(Encoding.UTF8.GetBytes(${inner}))`,
    // `??` binds looser than `+`: an environment lookup inside a concatenation needs parentheses.
    concat: (pieces) => pieces.map((p) => (p.startsWith('Environment.') ? `(${p})` : p)).join(' + '),
  }),
  helpers: {
    utf8Headers,
    /** The timeout as a TimeSpan; JavaScript's spelling of a number or bigint (`2.5`, `1e-7`, `30`) is also a C# literal. */
    timeSpan: (seconds: Seconds) => `TimeSpan.FromSeconds(${seconds})`,
  },
};
