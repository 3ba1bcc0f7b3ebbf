import { mkdirSync, readFileSync, readdirSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import { dirname, extname, join } from 'node:path';
import { SnipgenError } from './errors.js';

/** Files named by `inputs` (files, or folders searched recursively for `extensions`, skipping node_modules and dot-folders), sorted. */
export function filesWithExtensions(inputs: readonly string[], extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new SnipgenError(`input ${input} does not exist`, 'usage');
    }
    if (stat.isDirectory()) walk(input);
    else found.push(input);
  }
  return [...new Set(found)].sort();
}

/** Spec files named by `inputs` (files, or folders searched recursively), sorted for stable output. */
export function specFiles(inputs: readonly string[]): string[] {
  return filesWithExtensions(inputs, ['.yaml', '.yml']);
}

/**
 * A text input (spec, OpenAPI, HAR, config, overrides, docs page, template) as a string. Every
 * input is UTF-8: a file that is not is refused at its first bad byte, where a lenient decoder
 * would put U+FFFD in its place and so generate, or write back, something else than the file says.
 */
export function readUtf8(file: string, shown = file): string {
  const bytes = readFileSync(file);
  if (isUtf8(bytes)) return bytes.toString('utf8');
  const offset = firstInvalidUtf8(bytes);
  const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
  const line = countNewlines(bytes, lineStart) + 1;
  // Columns count UTF-16 code units, as the YAML reader's do; the bytes before `offset` are valid.
  const col = bytes.toString('utf8', lineStart, offset).length + 1;
  const byte = bytes[offset]!.toString(16).toUpperCase().padStart(2, '0');
  throw new SnipgenError(`not UTF-8: byte 0x${byte} at offset ${offset} starts no valid UTF-8 sequence (snipgen reads every input as UTF-8)`, 'input', {
    file: shown,
    line,
    col,
  });
}

/**
 * An input to parse (spec, API description, capture, collection, environment): readUtf8 without a
 * leading byte-order mark, which Windows tools write and which JSON.parse refuses. Files snipgen
 * writes back (docs pages) keep theirs: they are read with readUtf8.
 */
export function readInput(file: string, shown = file): string {
  const text = readUtf8(file, shown);
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

function countNewlines(bytes: Buffer, end: number): number {
  let count = 0;
  for (let at = bytes.indexOf(0x0a); at !== -1 && at < end; at = bytes.indexOf(0x0a, at + 1)) count++;
  return count;
}

/** The offset where the first ill-formed UTF-8 sequence starts (RFC 3629: no overlongs, surrogates or code points past U+10FFFF); the length when there is none. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min = 0x80;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    // The second byte has the narrowed range, the others are plain continuation bytes; a sequence
    // that breaks off is bad from its first byte, as a decoder's replacement character starts there.
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (k === 1 ? c < min || c > max : c < 0x80 || c > 0xbf)) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * Writes `text` to `file`, making its folder, through a temporary file beside it and a rename: a
 * reader (another verify at the same time) sees the old file or the new one, whole.
 */
export function writeFileAtomically(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
