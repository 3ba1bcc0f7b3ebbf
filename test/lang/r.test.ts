import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { r } from '../../src/lang/r.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { parseJsonExact } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const rAvailable = hasCommand('Rscript');
const helpers = r.helpers as Record<string, (text: string) => string>;

/**
 * Runs one R script printing every expression's bytes (a string's UTF-8, a raw vector as it is)
 * as hex, one per line. It is a file, as a snippet is, read in a UTF-8 locale as the runner's.
 */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-r-'));
  try {
    const file = join(dir, 'values.R');
    const print = 'for (v in values) cat(paste(as.character(if (is.raw(v)) v else charToRaw(enc2utf8(v))), collapse = ""), "\\n", sep = "")';
    writeFileSync(file, `values <- list(\n${expressions.join(',\n')}\n)\n${print}\n`);
    const env = { PATH: process.env.PATH ?? '', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8', SNIPGEN_SET: 'from-env' };
    return fromHexLines(execFileSync('Rscript', ['--vanilla', file], { encoding: 'utf8', env, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('r', { unavailable: () => (rAvailable ? undefined : 'Rscript is not installed'), evaluate, unrepresentable: (s) => s.includes('\0') });

describe('r printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (name: string, fallback: string, urlEncode = false): Part => ({ kind: 'env', name, fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });

  it('escapes what R needs, and refuses what an R string cannot hold', () => {
    expect(r.str('a"b\\c\n$x `y`')).toBe('"a\\"b\\\\c\\n$x `y`"');
    expect(r.str('\x01\u2028')).toBe('"\\x01\\u{2028}"');
    expect(() => r.str('\ud800')).toThrow(expect.objectContaining({ code: 'unsupported' }));
    // Rscript reads a line in 4096-byte blocks and fails on an escape or multibyte character
    // across two: a long literal with either is pasted from short pieces, one per line.
    const long = r.str(`\u2028${'é'.repeat(1500)}`);
    expect(long).toMatch(/^paste0\(\n"\\u\{2028\}é+",\n("é+",\n)+"é+"\n\)$/);
    expect(Math.max(...long.split('\n').map((line) => Buffer.byteLength(line)))).toBeLessThanOrEqual(1003);
    // Printable ASCII without escapes is read whole at any length.
    expect(r.str('x'.repeat(20_000))).toBe(`"${'x'.repeat(20_000)}"`);
  });

  it('reads secrets from the environment, pasted to the literals', () => {
    expect(r.expr(value(lit('Bearer '), env('API_TOKEN', '<token>')))).toBe('paste0("Bearer ", Sys.getenv("API_TOKEN", "<token>"))');
  });

  it('spells text with a NUL as a raw vector', () => {
    expect(helpers.bytes!('a\0b')).toBe('c(charToRaw("a"), as.raw(0), charToRaw("b"))');
  });

  const documents: JsonValue[] = [{ a: [true, false, null, 1.5, 1e21, 5e-324, -0.25, 9007199254740993n, -12345678901234567890n], b: {}, c: [] }, [...HOSTILE_STRINGS], { [HOSTILE_STRINGS.at(-1)!]: '\ud800)"' }];

  it.skipIf(!rAvailable)('expr, bytes and lit evaluate to what they denote through real R, in one script', () => {
    const strings = HOSTILE_STRINGS.filter((s) => !s.includes('\0'));
    const texts = [...HOSTILE_STRINGS, '\0', 'a\0\0b\0', `\u2028${'y'.repeat(2500)}`];
    const expressions = [
      ...strings.map((s) => r.expr(value(lit(s), env('SNIPGEN_UNSET_VARIABLE', s), lit(`{${s}}`), env('SNIPGEN_SET', 'unused'), env('SNIPGEN_UNSET_VARIABLE', 'a b+/=', true)))),
      ...texts.map((s) => helpers.bytes!(s)),
      ...documents.map((d) => r.lit(d)),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings.map((s) => `${s}${s}{${s}}from-enva%20b%2B%2F%3D`));
    expect(results.slice(n, n + texts.length)).toEqual(texts);
    expect(results.slice(n + texts.length).map((text) => parseJsonExact(text))).toEqual(documents);
  });
});
