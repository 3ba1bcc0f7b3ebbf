import type { JsonValue, Part, Value } from '../model.js';
import { stringifyJson } from '../json.js';
import { escapeCodePoints, hasUnsafeRaw, hex, isUnsafeRaw, utf8Bytes, type LanguagePrinter } from './shared.js';
import { inUnits, type Seconds } from './timeout.js';

const INDENT = '  ';

/** The bytes a surrogate-preserving encoder (WTF-8) writes for a lone surrogate, as `\xHH` escapes. */
function wtf8(code: number): string {
  return utf8Bytes(code).map((b) => `\\x${hex(b, 2).toUpperCase()}`).join('');
}

/**
 * The inside of a double-quoted Crystal string: C's escapes, `\#` where `#{` would interpolate,
 * `\u{…}` for other unsafe code points. A lone surrogate cannot be a `\u` escape (the compiler
 * rejects it), so it is spelled as its WTF-8 bytes: a Crystal String is bytes and may hold them.
 */
function dqBody(text: string): string {
  return escapeCodePoints(text, (char, code) => {
    if (char === '\\') return '\\\\';
    if (char === '"') return '\\"';
    if (char === '#') return undefined;
    if (char === '\n') return '\\n';
    if (char === '\r') return '\\r';
    if (char === '\t') return '\\t';
    if (!isUnsafeRaw(code)) return undefined;
    if (code >= 0xd800 && code <= 0xdfff) return wtf8(code);
    return `\\u{${hex(code, 1).toUpperCase()}}`;
  }).replace(/#(?=\{)/g, '\\#');
}

/** A double-quoted Crystal string literal; printable non-ASCII stays readable (sources are UTF-8). */
function str(text: string): string {
  return `"${dqBody(text)}"`;
}

/**
 * A JSON value as a Crystal string holding its JSON text: JSON::Any has no ordered object
 * literal and Int64 cannot hold every integer, so the snippet sends the document's exact text.
 * A raw heredoc (`<<-'JSON'`, no escapes, no interpolation) keeps it readable; text a raw
 * heredoc cannot hold (a line that is the terminator, characters unsafe to leave raw) is a
 * string literal instead. Crystal strips the closing terminator's indent from every line.
 */
function lit(value: JsonValue, indent = '', unit = INDENT): string {
  const text = stringifyJson(value, 2);
  if (hasUnsafeRaw(text.replace(/\n/g, '')) || /^\s*JSON\s*$/m.test(text)) return str(text);
  const inner = indent + unit;
  return `<<-'JSON'\n${text
    .split('\n')
    // The document's own nesting follows the indent unit too: whitespace between JSON tokens is not data.
    .map((line) => inner + line.replace(/^(?:  )+/, (lead) => unit.repeat(lead.length / 2)))
    .join('\n')}\n${inner}JSON`;
}

function piece(part: Part): string {
  if (part.kind === 'literal') return str(part.text);
  if (part.kind === 'base64') return `Base64.strict_encode(${print(part.parts)})`;
  const lookup = `ENV.fetch(${str(part.name)}, ${str(part.fallback)})`;
  return part.urlEncode ? `URI.encode_www_form(${lookup})` : lookup;
}

/** One part prints as itself; several interpolate into one double-quoted string. */
function print(parts: Part[]): string {
  if (parts.length === 1) return piece(parts[0]!);
  return `"${parts.map((p) => (p.kind === 'literal' ? dqBody(p.text) : `#{${piece(p)}}`)).join('')}"`;
}

const SPAN_UNITS = [
  ['seconds', 1],
  ['milliseconds', 1e3],
  ['microseconds', 1e6],
  ['nanoseconds', 1e9],
] as const;

/** The timeout as an exact Time::Span (`2.seconds`, `2500.milliseconds`). */
function timeSpan(seconds: Seconds): string {
  const { count, unit } = inUnits(seconds, SPAN_UNITS);
  return `${count}.${unit}`;
}

export const crystal: LanguagePrinter = {
  indent: INDENT,
  str,
  lit,
  expr: (value: Value) => print(value.parts),
  helpers: { timeSpan },
};
