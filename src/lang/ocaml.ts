import type { Endpoint, JsonValue, MultipartField, MultipartFile, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import type { Seconds } from './timeout.js';
import { cEscape, escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';

const INDENT = '  ';

/**
 * A double-quoted OCaml string literal. OCaml strings are bytes and sources UTF-8, so printable
 * non-ASCII stays readable; other ASCII controls are `\ddd` (decimal), other unsafe code points
 * `\u{…}` (OCaml 4.06+). A lone surrogate has no `\u` escape (the lexer rejects it): it is
 * spelled as the bytes a surrogate-preserving encoder (WTF-8) would write.
 */
function str(text: string): string {
  return `"${escapeCodePoints(text, (char, code) => {
    const common = cEscape(char);
    if (common) return common;
    if (!isUnsafeRaw(code)) return undefined;
    if (code < 0x80) return `\\${String(code).padStart(3, '0')}`;
    if (code >= 0xd800 && code <= 0xdfff) return utf8Bytes(code).map((b) => `\\x${hex(b, 2)}`).join('');
    return `\\u{${hex(code, 4)}}`;
  })}"`;
}

/**
 * A JSON value as an OCaml string holding its JSON text (two-space indented): OCaml has no JSON
 * in its standard library, and the text is exact where a JSON library's numbers are not. A
 * quoted string (`{json|…|json}`, no escapes) keeps it readable; text one cannot hold is a
 * string literal. `indent` does not apply inside a string.
 */
function lit(value: JsonValue): string {
  const text = stringifyJson(value, 2);
  if (text.includes('|json}') || hasUnsafeRaw(text.replace(/\n/g, ''))) return str(text);
  return `{json|${text}|json}`;
}

function piece(part: Part): string {
  if (part.kind === 'literal') return str(part.text);
  if (part.kind === 'base64') return `Base64.encode_exn (${print(part.parts)})`;
  const lookup = `Option.value (Sys.getenv_opt ${str(part.name)}) ~default:${str(part.fallback)}`;
  return part.urlEncode ? `Uri.pct_encode ~component:\`Query_value (${lookup})` : lookup;
}

/** Pieces joined with `^`, each call in parentheses. */
function print(parts: Part[]): string {
  if (parts.length === 1) return piece(parts[0]!);
  return parts.map((p) => (p.kind === 'literal' ? piece(p) : `(${piece(p)})`)).join(' ^ ');
}

/** A boundary the snippet writes itself: cohttp has no multipart builder. */
const BOUNDARY = 'snipgen-7b0c2f4e9a1d';

/**
 * The header lines of one multipart part. A quote, CR or LF in a name or filename is written
 * percent-encoded, as browsers do (WHATWG's multipart/form-data encoding), so it cannot end the
 * quoted parameter or the header line.
 */
function partHead(part: MultipartField | MultipartFile): string {
  const quote = (text: string) => `"${text.replace(/[\r\n"]/g, (c) => (c === '"' ? '%22' : c === '\r' ? '%0D' : '%0A'))}"`;
  const disposition = `Content-Disposition: form-data; name=${quote(part.name)}`;
  const head = part.kind === 'file' ? `${disposition}; filename=${quote(part.filename)}\r\nContent-Type: ${part.contentType}` : disposition;
  return str(`--${BOUNDARY}\r\n${head}\r\n\r\n`);
}

export const ocaml: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: {
    partHead,
    partEnd: () => str('\r\n'),
    multipartClose: () => str(`--${BOUNDARY}--\r\n`),
    multipartType: () => str(`multipart/form-data; boundary=${BOUNDARY}`),
    /** The timeout in seconds as an OCaml float literal (`2.5`, `3.`), for Lwt_unix.sleep. */
    seconds: (seconds: Seconds) => (Number.isInteger(Number(seconds)) ? `${Number(seconds)}.` : String(Number(seconds))),
    /** True when a header name comes more than once (compared ignoring case, as HTTP does). */
    hasRepeatedHeader: (endpoint: Endpoint) => new Set(endpoint.headers.map((h) => h.name.toLowerCase())).size < endpoint.headers.length,
    /** True when the body is built from file contents read at run time. */
    readsFiles: (endpoint: Endpoint) => endpoint.body?.kind === 'file' || (endpoint.body?.kind === 'multipart' && endpoint.body.parts.some((p) => p.kind === 'file')),
  },
};
