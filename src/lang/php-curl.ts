import type { Body, Param, Value } from '../model.js';
import { hasRepeatedNames, joinValues } from './php.js';
import { milliseconds } from './timeout.js';

const literal = (text: string): Value => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });

/** `Name: value` for CURLOPT_HTTPHEADER; an empty value is written `Name;`, because curl drops a header written `Name:`. */
function headerLine(header: Param): Value {
  if (header.value.text === '' && header.value.isLiteral) return literal(`${header.name};`);
  return joinValues([literal(header.name), header.value], ': ');
}

/**
 * The CURLOPT_HTTPHEADER lines. libcurl leaves CURLOPT_COOKIE out when a Cookie line is given,
 * so a spec's own Cookie header carries the cookies too (the template then sets no CURLOPT_COOKIE).
 */
function curlHeaderLines(headers: Param[], cookieHeader: Value | null): Value[] {
  let merged = false;
  return headers.map((h) => {
    if (!cookieHeader || merged || h.name.toLowerCase() !== 'cookie') return headerLine(h);
    merged = true;
    return headerLine({ name: h.name, value: joinValues([h.value, cookieHeader], '; ') });
  });
}

/**
 * True when the curl snippet must build the multipart body itself: CURLOPT_POSTFIELDS takes an
 * array, whose keys cannot repeat, and passes names and filenames to libcurl as C strings.
 */
function curlBuildsMultipart(body: Body | null): boolean {
  if (body?.kind !== 'multipart') return false;
  const parts = body.parts;
  return hasRepeatedNames(parts) || parts.some((p) => p.name.includes('\0') || (p.kind === 'file' && p.filename.includes('\0')));
}

export const phpCurlHelpers = { curlBuildsMultipart, curlHeaderLines, milliseconds };
