import type { Body, MultipartField, MultipartFile, Param, Value } from '../model.js';
import { hasRepeatedNames, joinValues } from './php.js';

/**
 * Headers grouped by case-insensitive name, with the cookies as a Cookie header: a PHP array
 * key cannot repeat, so repeats become a list of values (Guzzle sends each on its own line).
 */
function headerGroups(headers: Param[], cookieHeader: Value | null): Array<{ name: string; values: Value[] }> {
  const groups = new Map<string, { name: string; values: Value[] }>();
  const add = (name: string, value: Value) => {
    const group = groups.get(name.toLowerCase());
    if (group) group.values.push(value);
    else groups.set(name.toLowerCase(), { name, values: [value] });
  };
  for (const h of headers) add(h.name, h.value);
  if (cookieHeader) add('Cookie', cookieHeader);
  const cookies = groups.get('cookie');
  // RFC 6265 allows one Cookie line, so a spec's Cookie header and its cookies share it.
  if (cookies && cookies.values.length > 1) cookies.values = [joinValues(cookies.values, '; ')];
  return [...groups.values()];
}

/**
 * True when Guzzle's own Content-Disposition would be wrong for the part: it quotes name and
 * filename without escaping, applies basename() to the filename and replaces an empty one with
 * the file's path.
 */
function guzzleNeedsDisposition(part: MultipartField | MultipartFile): boolean {
  if (/[\r\n"]/.test(part.name)) return true;
  return part.kind === 'file' && (part.filename === '' || /[\r\n"/]/.test(part.filename));
}

/** True when the body reads a file, which the Guzzle snippet opens with Utils::tryFopen (it throws on a missing file). */
function guzzleOpensFiles(body: Body | null): boolean {
  return body?.kind === 'file' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'file'));
}

export const guzzleHelpers = { guzzleOpensFiles, headerGroups, hasRepeatedNames, guzzleNeedsDisposition };
