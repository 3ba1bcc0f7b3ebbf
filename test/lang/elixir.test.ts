import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elixir } from '../../src/lang/elixir.js';
import type { Part, Value } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const elixirAvailable = hasCommand('elixir', ['--version']);
const helpers = elixir.helpers as Record<string, (...args: any[]) => string>;

/**
 * Runs one .exs file (as a snippet is) printing each expression's bytes as hex, one per line: a
 * binary as it is, a charlist as its elements (which must be bytes, as :httpc sends them).
 */
function evaluate(expressions: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-elixir-'));
  try {
    const file = join(dir, 'values.exs');
    const hex = 'hex = fn v when is_binary(v) -> Base.encode16(v, case: :lower); v when is_list(v) -> Base.encode16(:erlang.list_to_binary(v), case: :lower) end';
    writeFileSync(file, `${hex}\nvalues = [\n${expressions.join(',\n')}\n]\nEnum.each(values, fn v -> IO.puts(hex.(v)) end)\n`);
    return fromHexLines(execFileSync('elixir', [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env }, timeout: 120_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('elixir', {
  unavailable: () => (elixirAvailable ? undefined : 'elixir is not installed'),
  evaluate,
  unrepresentable: (s) => /\p{Cs}/u.test(s),
});

describe('elixir printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_TEST_VALUE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: parts.map((p) => (p.kind === 'literal' ? p.text : p.kind === 'env' ? p.fallback : '')).join(''), parts, isLiteral: parts.every((p) => p.kind === 'literal') });

  it('escapes #{ so nothing interpolates, and writes unsafe characters as \\u{...}', () => {
    expect(elixir.str('#{x} #x \\#{y}')).toBe('"\\#{x} #x \\\\\\#{y}"');
    expect(elixir.str('\u0000\u2028é')).toBe('"\\u{0}\\u{2028}é"');
  });

  it('writes a charlist literal for ASCII text and the UTF-8 bytes of anything else', () => {
    expect(helpers.chars!(value(lit('application/json')))).toBe('~c"application/json"');
    expect(helpers.chars!(value(lit('é')))).toBe(':binary.bin_to_list("é")');
  });

  it.skipIf(!elixirAvailable)('expr, chars and lit evaluate to what they denote through real elixir (skipped without elixir)', () => {
    const strings = [...HOSTILE_STRINGS];
    const withEnv = strings.map((s) => elixir.expr(value(lit(s), env(s), lit(`#{${s}}`))));
    const charStrings = strings.filter((s) => !s.includes('\0'));
    const asChars = charStrings.map((s) => helpers.chars!(value(lit(s), env('é'))));
    const basic = elixir.expr(value({ kind: 'base64', parts: [lit('ü:'), env('😀 "x"')] }));
    const encoded = elixir.expr(value(env('a b&c/_~', true)));
    const document = `inspect(${elixir.lit({ a: [true, null, 1.5, 1e21, 9007199254740993n], 'b"#{x}': {} })})`;
    const results = evaluate([...withEnv, ...asChars, basic, encoded, document]);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings.map((s) => `${s}${s}#{${s}}`));
    expect(results.slice(n, n + asChars.length)).toEqual(charStrings.map((s) => `${s}é`));
    expect(results.slice(n + asChars.length)).toEqual([
      Buffer.from('ü:😀 "x"').toString('base64'),
      'a%20b%26c%2F_~',
      '%{"a" => [true, nil, 1.5, 1.0e21, 9007199254740993], "b\\"\\#{x}" => %{}}',
    ]);
  });
});
