import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { crystal } from '../../src/lang/crystal.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

// One `crystal build` takes 5-15 s on a loaded machine.
vi.setConfig({ testTimeout: 240_000 });

const crystalAvailable = hasCommand('crystal', ['--version']);

/** Builds and runs one Crystal program printing every expression's bytes as hex, one per line. */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-crystal-'));
  try {
    const file = join(dir, 'main.cr');
    writeFileSync(file, `require "base64"\nrequire "uri"\n\nvalues = [\n${expressions.map((e) => `  (${e}\n  ),\n`).join('')}]\nvalues.each { |v| puts v.to_slice.hexstring }\n`);
    execFileSync('crystal', ['build', '--no-debug', '-o', join(dir, 'main'), file], { cwd: dir, timeout: 230_000, stdio: ['ignore', 'ignore', 'pipe'] });
    return fromHexLines(execFileSync(join(dir, 'main'), [], { encoding: 'utf8', cwd: dir, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('crystal', { unavailable: () => (crystalAvailable ? undefined : 'crystal is not installed'), evaluate });

describe('crystal printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_UNSET_VARIABLE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });
  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], b: {}, c: [] }, ['JSON', '\r'], 'x\u2028y', 'lone \ud800', 7];

  it('escapes only the # that starts an interpolation, and spells a lone surrogate as WTF-8 bytes', () => {
    expect(crystal.str('#{x} # #a')).toBe('"\\#{x} # #a"');
    expect(crystal.str('\\#{x}')).toBe('"\\\\\\#{x}"');
    expect(crystal.str('\0\u2028😀\ud800')).toBe('"\\u{0}\\u{2028}😀\\xED\\xA0\\x80"');
  });

  it('prints a JSON document as a raw heredoc when it can, a string literal when it cannot', () => {
    expect(crystal.lit({ a: [1, '#{b}'] })).toBe(`<<-'JSON'\n  {\n    "a": [\n      1,\n      "#{b}"\n    ]\n  }\n  JSON`);
    expect(crystal.lit('x\u2028y')).toBe('"\\"x\\u{2028}y\\""');
  });

  it.skipIf(!crystalAvailable)('expr and lit evaluate to what they denote through real crystal, in one program', () => {
    const strings = [...HOSTILE_STRINGS];
    const expressions = [
      ...strings.map((s) => crystal.expr(value(lit(s), env(s), lit(`#${s}#`), env('a b+/=', true), lit('{')))),
      ...documents.map((d) => crystal.lit(d)),
      crystal.expr(value(lit('Basic '), { kind: 'base64', parts: [env('user'), lit(':é')] })),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings.map((s) => `${s}${s}#${s}#a+b%2B%2F%3D{`));
    // A lone surrogate arrives as the WTF-8 bytes JSON text escapes: compare the JSON text itself.
    expect(results.slice(n, n + documents.length)).toEqual(documents.map((d) => stringifyJson(d, 2)));
    expect(results.at(-1)).toBe(`Basic ${Buffer.from('user:é').toString('base64')}`);
  });
});
