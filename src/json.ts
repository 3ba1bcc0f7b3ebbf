import type { JsonValue } from './model.js';

/**
 * JSON.stringify with exact big integers: the same bytes as JSON.stringify(value, null, indent)
 * for every value JSON.stringify can print, plus bigint printed as its digits.
 */
export function stringifyJson(value: JsonValue, indent = 0): string {
  // V8's own stringify is several times quicker than write(); it refuses only a bigint, which is rare.
  try {
    return JSON.stringify(value, null, indent);
  } catch (e) {
    if (!(e instanceof TypeError)) throw e;
    return write(value, indent, '');
  }
}

function write(value: JsonValue, indent: number, current: string): string {
  if (value === null) return 'null';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'object') return JSON.stringify(value);
  const inner = current + ' '.repeat(indent);
  const open = indent ? `\n${inner}` : '';
  const separator = indent ? `,\n${inner}` : ',';
  const close = indent ? `\n${current}` : '';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${open}${value.map((v) => write(v, indent, inner)).join(separator)}${close}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return '{}';
  const colon = indent ? ': ' : ':';
  return `{${open}${entries.map(([k, v]) => JSON.stringify(k) + colon + write(v, indent, inner)).join(separator)}${close}}`;
}

/** Bigints that fit a double exactly become numbers; only true big integers stay bigint. */
export function toJsonValue(value: unknown): JsonValue {
  if (typeof value === 'bigint') {
    return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
  }
  if (Array.isArray(value)) return value.map(toJsonValue);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toJsonValue(v)]));
  }
  return value as JsonValue;
}

const MAYBE_BIG = /\d{16}/;

/** Parses JSON keeping integers beyond 2^53 exact (as bigint), for comparing what arrived. */
export function parseJsonExact(text: string): JsonValue {
  // Without a run of 16 digits there is no integer beyond 2^53 to protect, and no reviver to call on every value.
  if (!MAYBE_BIG.test(text)) return JSON.parse(text) as JsonValue;
  // The reviver's `context.source` (Node 21+) is not in Node 20, so big integers are protected
  // by quoting them first, outside strings, and unquoted in the reviver.
  const marked = text.replace(/("(?:[^"\\]|\\.)*")|(?<![.\deE+-])(-?\d{16,})(?![.\deE])/g, (m, str: string | undefined, big: string | undefined) =>
    str !== undefined ? str : `"\\u0000big:${big}"`,
  );
  return JSON.parse(marked, (_key, v) => {
    if (typeof v === 'string' && v.startsWith('\u0000big:')) return toJsonValue(BigInt(v.slice(5)));
    return v;
  }) as JsonValue;
}
