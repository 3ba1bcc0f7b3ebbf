import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { perl } from '../../src/lang/perl.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { parseJsonExact } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const perlAvailable = hasCommand('perl', ['-v']);
const multiline = perl.helpers!.multiline as (text: string) => string;

/** Runs one Perl program (a file without `use utf8`, as a snippet is) printing each expression's bytes as hex, one per line. */
function evaluate(expressions: string[], env: Record<string, string> = {}): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-perl-'));
  try {
    const file = join(dir, 'values.pl');
    const program = `use strict;\nuse warnings;\nuse JSON::PP;\nuse MIME::Base64 qw(encode_base64);\nuse URI::Escape qw(uri_escape);\n\nmy @values = (\n${expressions.join(',\n')}\n);\nprint unpack('H*', $_), "\\n" for @values;\n`;
    writeFileSync(file, program);
    return fromHexLines(execFileSync('perl', [file], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '', ...env }, maxBuffer: 1 << 26, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('perl', { unavailable: () => (perlAvailable ? undefined : 'perl is not installed'), evaluate });

describe('perl printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (name: string, fallback: string, urlEncode = false): Part => ({ kind: 'env', name, fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });

  it('prefers single quotes, and double quotes with nothing interpolating where escapes are needed', () => {
    expect(perl.str('plain $x @y %h #{x}')).toBe("'plain $x @y %h #{x}'");
    // A backslash goes in double quotes: tree-sitter-perl misreads `\\'` in single quotes.
    expect(perl.str("it's \\")).toBe('"it\'s \\\\"');
    expect(perl.str('a\nb $x @y "q"')).toBe('"a\\nb \\$x \\@y \\"q\\""');
    // The bytes of U+2028, not \x{2028}, which would make a character string.
    expect(perl.str('\u2028')).toBe('"\\xE2\\x80\\xA8"');
    expect(multiline('{\n  "a": "it\'s"\n}')).toBe("'{\n  \"a\": \"it\\'s\"\n}'");
  });

  it('reads the environment with a fallback', () => {
    expect(perl.expr(value(env('TOKEN', '<token>')))).toBe("$ENV{'TOKEN'} // '<token>'");
    expect(perl.expr(value(lit('Bearer '), env('TOKEN', '<token>')))).toBe("'Bearer ' . ($ENV{'TOKEN'} // '<token>')");
  });

  const documents: JsonValue[] = [{ a: [true, false, null, 1.5, -7, 9007199254740993n], b: {}, c: [] }, [...HOSTILE_STRINGS]];

  it.skipIf(!perlAvailable)('multiline, expr and lit evaluate to what they denote through real perl, in one program', () => {
    const strings = [...HOSTILE_STRINGS];
    const expressions = [
      ...strings.map((s) => multiline(s)),
      ...strings.map((s) => perl.expr(value(lit(s), env('SNIPGEN_SET', 'unused'), env('SNIPGEN_UNSET', s), env('SNIPGEN_UNSET', 'a b+/=', true)))),
      perl.expr(value({ kind: 'base64', parts: [env('SNIPGEN_UNSET', 'user'), lit(':'), env('SNIPGEN_SET', 'unused')] })),
      ...documents.map((d) => `JSON::PP->new->canonical->encode(${perl.lit(d)})`),
    ];
    const results = evaluate(expressions, { SNIPGEN_SET: 'sét' });
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings);
    expect(results.slice(n, 2 * n)).toEqual(strings.map((s) => `${s}sét${s}a%20b%2B%2F%3D`));
    expect(results[2 * n]).toBe(Buffer.from('user:sét').toString('base64'));
    expect(results.slice(2 * n + 1).map((text) => parseJsonExact(text))).toEqual(documents);
  });
});
