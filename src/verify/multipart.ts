import type { ExpectedPart } from './expected.js';

export interface ReceivedPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  content: Buffer;
}

/**
 * Splits a multipart/form-data body (RFC 7578) into its parts. `expected` only helps choose
 * between the ways clients escape quotes in names and filenames; it never changes the bytes.
 */
export function parseMultipart(body: Buffer, contentType: string, expected: readonly ExpectedPart[]): { parts: ReceivedPart[] } | { error: string } {
  if (!/^multipart\/form-data\s*(;|$)/i.test(contentType)) return { error: `Content-Type is ${JSON.stringify(contentType)}` };
  const boundaryParam = params(contentType).get('boundary');
  if (!boundaryParam) return { error: 'no boundary in Content-Type' };
  const delimiter = Buffer.from(`--${boundaryParam}`, 'latin1');
  const parts: ReceivedPart[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) return { error: 'boundary not found in body' };
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString('latin1') === '--') break;
    if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') return { error: 'malformed delimiter line' };
    at += 2;
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n', 'latin1'), delimiter]), at);
    if (next < 0) return { error: 'unterminated part' };
    const part = body.subarray(at, next);
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return { error: 'part without a blank line after its headers' };
    const headers = new Map<string, string>();
    for (const line of part.subarray(0, split).toString('utf8').split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
    }
    const disposition = params(headers.get('content-disposition') ?? '');
    const names = expected.map((p) => p.name);
    const filenames = expected.flatMap((p) => (p.kind === 'file' ? [p.filename] : []));
    const filename = disposition.get('filename*') ?? disposition.get('filename');
    parts.push({
      name: pick(disposition.get('name') ?? '', names),
      filename: filename === undefined ? undefined : disposition.has('filename*') ? filename : pick(filename, filenames),
      contentType: headers.get('content-type'),
      content: part.subarray(split + 4),
    });
    at = next + 2;
  }
  return { parts };
}

/**
 * A quoted parameter as it arrived (`raw`, backslash escapes kept). RFC 7578 clients escape
 * `"` and `\` with a backslash; WHATWG-style clients (browsers, urllib3, curl) write `"` as %22
 * and CR/LF as %0D/%0A, some doubling backslashes as well. The reading that matches an expected
 * name wins; otherwise the plain reading is shown in the diff.
 */
function pick(raw: string, expected: readonly string[]): string {
  const unescaped = raw.replace(/\\(.)/g, '$1');
  const whatwg = (s: string) => s.replace(/%22/g, '"').replace(/%0D/gi, '\r').replace(/%0A/gi, '\n');
  const readings = [unescaped, whatwg(raw), whatwg(unescaped)];
  return readings.find((r) => expected.includes(r)) ?? unescaped;
}

/**
 * Header parameters (`form-data; name="a"; filename*=UTF-8''b`): quoted values keep their
 * backslash escapes for pick(); `filename*` is decoded per RFC 8187.
 */
function params(header: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /;\s*([^\s=;]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;]*))/g;
  for (const m of header.matchAll(re)) {
    const key = m[1]!.toLowerCase();
    let value = m[2] ?? m[3]!.trim();
    if (key.endsWith('*')) {
      const ext = /^([^']*)'[^']*'(.*)$/.exec(value);
      if (ext) {
        try {
          value = ext[1]!.toLowerCase() === 'utf-8' ? decodeURIComponent(ext[2]!) : unescape(ext[2]!);
        } catch {
          value = ext[2]!;
        }
      }
    }
    if (!found.has(key)) found.set(key, value);
  }
  return found;
}
