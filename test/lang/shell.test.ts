import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenError } from '../../src/errors.js';
import { shell } from '../../src/lang/shell.js';
import { curlHelpers } from '../../src/lang/shell-curl.js';
import type { MultipartFile, Part, Value } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { hasCommand, printerSuite } from './suite.js';

/** Has bash print each word NUL-terminated (a NUL is the one byte a word cannot hold), in one process. */
function evaluate(words: string[], env: Record<string, string> = {}): string[] {
  const script = `printf '%s\\0' ${words.map((w) => `\\\n  ${w}`).join(' ')}\n`;
  const out = execFileSync('bash', ['-c', script], { env: { PATH: process.env.PATH, ...env }, maxBuffer: 64 * 1024 * 1024 });
  return out.toString('utf8').split('\0').slice(0, -1);
}

const hasNul = (s: string) => s.includes('\0');

printerSuite('shell', {
  unavailable: () => (hasCommand('bash') ? undefined : 'bash is not installed'),
  evaluate: (words) => evaluate(words),
  unrepresentable: hasNul,
});

const literal = (text: string): Part => ({ kind: 'literal', text });
const env = (name: string, fallback: string): Part => ({ kind: 'env', name, fallback, urlEncode: false });
const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: parts.every((p) => p.kind === 'literal') });

describe('shell argument length', () => {
  it('refuses an argument Linux cannot pass to a program (MAX_ARG_STRLEN, 128 KiB with its NUL), counted in bytes', () => {
    expect(shell.str('x'.repeat(131_071))).toHaveLength(131_071);
    expect(() => shell.str('x'.repeat(131_072))).toThrow(expect.objectContaining({ code: 'unsupported', message: expect.stringContaining('MAX_ARG_STRLEN') }));
    expect(() => shell.str('é'.repeat(65_536))).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it.skipIf(!hasCommand('bash'))('passes the longest argument it writes to a real program', () => {
    // The script goes in a file: as bash's own -c argument it would be too long itself.
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-shell-arg-'));
    try {
      const script = join(dir, 'longest.sh');
      const run = (word: string) => {
        writeFileSync(script, `/usr/bin/env true ${word} && echo passed\n`);
        return execFileSync('bash', [script], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
      };
      expect(run(shell.str('x'.repeat(131_071)))).toBe('passed');
      // One byte more is what the kernel refuses: the limit is the program's, not the printer's.
      expect(() => run('x'.repeat(131_072))).toThrow(/Argument list too long/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(!hasCommand('bash'))('shell expr', () => {
  const strings = HOSTILE_STRINGS.filter((s) => !hasNul(s));

  it('quotes every pair of short hostile strings so bash reads them back exactly', () => {
    const short = strings.filter((s) => s.length < 100);
    const joined = short.flatMap((a) => short.map((b) => a + b)).concat(['a\\', "\\'\t", '\t\\', "''", '\t\\\'']);
    expect(evaluate(joined.map((s) => shell.str(s)))).toEqual(joined);
  });

  it('joins literals and ${VAR:-fallback} into one word that bash reads back exactly', () => {
    const words = strings.map((s) => shell.expr(value(literal(s), env('SNIPGEN_TEST', s), literal('!'))));
    expect(evaluate(words)).toEqual(strings.map((s) => `${s}${s}!`));
    expect(evaluate(words, { SNIPGEN_TEST: 'v w' })).toEqual(strings.map((s) => `${s}v w!`));
  });

  it('base64-encodes on one line, whatever the length', () => {
    const long = 'x'.repeat(200);
    const word = shell.expr(value(literal('Basic '), { kind: 'base64', parts: [env('U', long), literal(':é')] }));
    expect(evaluate([word])).toEqual([`Basic ${Buffer.from(`${long}:é`).toString('base64')}`]);
  });

  it('refuses what bash cannot do', () => {
    expect(() => shell.expr(value({ kind: 'env', name: 'K', fallback: 'x', urlEncode: true }))).toThrow(SnipgenError);
    expect(() => shell.expr(value(env('NOT-A-NAME', 'x')))).toThrow(/cannot be read in a shell/);
  });
});

describe('shell/curl arguments', () => {
  it('sends an empty header value the way curl spells it', () => {
    expect(curlHelpers.curlHeaders({ auth: null, headers: [{ name: 'X-Empty', value: { text: '', parts: [literal('')], isLiteral: true } }] })).toEqual(["'X-Empty;'"]);
  });

  const file = (over: Partial<MultipartFile>): MultipartFile => ({
    kind: 'file',
    name: 'f',
    path: 'files/a.txt',
    absPath: '/x',
    filename: 'a.txt',
    contentType: 'text/plain',
    ...over,
  });

  it('writes -F files in curl syntax, quoting paths and filenames that hold separators', () => {
    expect(curlHelpers.formFile(file({}))).toBe("'f=@files/a.txt;type=text/plain'");
    expect(curlHelpers.formFile(file({ filename: 'it\'s "a";b,c.txt', contentType: 'text/plain; charset=utf-8' }))).toBe(
      `'f=@files/a.txt;type=text/plain; charset=utf-8;filename="it'\\''s \\"a\\";b,c.txt"'`,
    );
    expect(curlHelpers.formFile(file({ path: 'dir;x/a.txt' }))).toBe(`'f=@"dir;x/a.txt";type=text/plain'`);
    expect(curlHelpers.formFile(file({ path: '-', filename: '-' }))).toBe(`'f=@./-;type=text/plain'`);
  });

  it('refuses part names and content types -F cannot carry', () => {
    expect(() => curlHelpers.formFile(file({ name: 'a=b' }))).toThrow(/part name "a=b"/);
    expect(() => curlHelpers.formFile(file({ contentType: 'text/plain; a=1,2' }))).toThrow(/content type/);
    expect(() => curlHelpers.formString({ kind: 'field', name: '', value: 'v' })).toThrow(SnipgenError);
  });

  it('keeps empty names exact in queries and forms', () => {
    expect(curlHelpers.urlQuery({ name: '', value: { text: 'a b', parts: [literal('a b')], isLiteral: true } })).toBe('+=a%20b');
    expect(curlHelpers.formField({ name: '', value: 'a b' })).toBe("--data '=a%20b'");
    expect(curlHelpers.formField({ name: 'a b', value: 'c d' })).toBe("--data-urlencode 'a%20b=c d'");
  });
});
