import type { Endpoint, Part, Value } from '../model.js';
import { javascript } from './javascript.js';
import type { LanguagePrinter } from './shared.js';

/**
 * JavaScript as a web page runs it (javascript/xhr, javascript/jquery): the literals are
 * JavaScript's, but there is no Buffer, so base64 and UTF-8 bytes are spelt with btoa and
 * TextEncoder. Secrets are read from `process.env`, the name bundlers (webpack's DefinePlugin,
 * Vite's `define`) replace at build time.
 */
const { str, lit } = javascript;
const js = javascript.helpers as Record<string, (...args: any[]) => any>;

function envLookup(name: string, fallback: string): string {
  const variable = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? `process.env.${name}` : `process.env[${str(name)}]`;
  return `${variable} ?? ${str(fallback)}`;
}

/** The UTF-8 bytes of a string expression as a binary string (one character per byte), which is what btoa and header values take. */
function utf8Bytes(printed: string): string {
  return `String.fromCharCode(...new TextEncoder().encode(${printed}))`;
}

function partExpr(part: Exclude<Part, { kind: 'literal' }>): string {
  if (part.kind === 'env') {
    const lookup = envLookup(part.name, part.fallback);
    return part.urlEncode ? `encodeURIComponent(${lookup})` : lookup;
  }
  // btoa alone throws beyond Latin-1, and credentials are UTF-8.
  return `btoa(${utf8Bytes(print(part.parts))})`;
}

/** The text of a template literal without its backquotes. */
function templateText(text: string): string {
  // A template literal's text is a string literal's body with backquote and `${` escaped too.
  const quoted = str(text);
  const body = quoted.slice(1, -1);
  const quote = quoted[0]!;
  return body.replaceAll(`\\${quote}`, quote).replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

function print(parts: Part[]): string {
  if (parts.length === 1 && parts[0]!.kind === 'literal') return str(parts[0]!.text);
  if (parts.length === 1) return partExpr(parts[0] as Exclude<Part, { kind: 'literal' }>);
  return `\`${parts.map((p) => (p.kind === 'literal' ? templateText(p.text) : `\${${partExpr(p)}}`)).join('')}\``;
}

function expr(value: Value): string {
  return print(value.parts);
}

/**
 * A header value for setRequestHeader, which takes a ByteString (one byte per character, and
 * a TypeError beyond U+00FF): non-ASCII text is handed over as its UTF-8 bytes.
 */
function headerValue(value: Value): string {
  return /[^\x00-\x7f]/.test(value.text) ? utf8Bytes(expr(value)) : expr(value);
}

/** True when some header value is not ASCII (see headerValue). */
function hasNonAsciiHeader(endpoint: Endpoint): boolean {
  return endpoint.headerMap.some((h) => /[^\x00-\x7f]/.test(h.value.text));
}

/** `url?${query}` as a template literal: the query is a URLSearchParams named `query`. */
function urlWithQuery(url: string): string {
  return `\`${templateText(url)}?\${query}\``;
}

/**
 * True when the body is text and the Content-Type names a charset spelt other than "UTF-8":
 * XMLHttpRequest.send(text) would rewrite it (even "utf-8"), so such a body is sent as bytes.
 */
function charsetRewritten(endpoint: Endpoint): boolean {
  if (!endpoint.body || endpoint.body.kind === 'multipart' || endpoint.body.kind === 'file') return false;
  const charset = (text: string) => /;\s*charset=("?)([^";]*)\1/i.exec(text)?.[2];
  return endpoint.headers.some((h) => h.name.toLowerCase() === 'content-type' && (charset(h.value.text) ?? 'UTF-8') !== 'UTF-8');
}

export const browser: LanguagePrinter = {
  indent: javascript.indent,
  str,
  lit,
  expr,
  helpers: {
    key: js.key!,
    jsonAsText: js.jsonAsText!,
    handBuiltMultipart: js.handBuiltMultipart!,
    partHeaders: js.partHeaders!,
    milliseconds: js.milliseconds!,
    headerValue,
    hasNonAsciiHeader,
    urlWithQuery,
    charsetRewritten,
  },
};
