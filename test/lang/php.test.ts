import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PRINTERS } from '../../src/lang/index.js';
import { php } from '../../src/lang/php.js';
import type { MultipartFile, Value } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const available = () => (hasCommand('php', ['-v']) ? undefined : 'php is not installed');

/** Runs one PHP program (from stdin, so `?>` and long literals need no shell quoting) that echoes each expression as hex. */
function evaluate(expressions: string[]): string[] {
  const program = `<?php\nforeach ([\n${expressions.join(',\n')},\n] as $v) {\n    echo bin2hex($v), "\\n";\n}\n`;
  return fromHexLines(execFileSync('php', [], { input: program, encoding: 'utf8' }));
}

printerSuite('php', { unavailable: available, evaluate });

// The clients' helpers (php-curl.ts, php-guzzle.ts) join php.ts's in the language's helper set.
const helper = (name: string) => PRINTERS.php!.helpers![name]!;
const env = (name: string, fallback: string, urlEncode = false): Value => ({
  text: fallback,
  parts: [{ kind: 'env', name, fallback, urlEncode }],
  isLiteral: false,
});

describe('php str', () => {
  it('uses single quotes unless a character must be escaped', () => {
    expect(php.str(`it's $x {$y} \\`)).toBe(`'it\\'s $x {$y} \\\\'`);
    expect(php.str('a\tb $x {$y}')).toBe('"a\\tb \\$x {\\$y}"');
    expect(php.str('\0' + '1')).toBe('"\\x001"');
    expect(php.str('\u2028')).toBe('"\\u{2028}"');
  });

  it('keeps line breaks raw in a multi-line body', () => {
    const multiline = helper('multiline');
    expect(multiline('{\n  "a": "it\'s"\n}')).toBe("'{\n  \"a\": \"it\\'s\"\n}'");
    expect(multiline('{\n  "a": "\u2028$"\n}')).toBe('"{\n  \\"a\\": \\"\\u{2028}\\$\\"\n}"');
  });

  it.skipIf(available() !== undefined)('multi-line literals evaluate back in real php', () => {
    const multiline = helper('multiline');
    const texts = [...HOSTILE_STRINGS, '{\n  "a": "x"\n}\n', 'a\n\u2028\nb$c'];
    expect(evaluate(texts.map((t) => multiline(t) as string))).toEqual(texts);
  });
});

describe('php expr', () => {
  it('parenthesises an environment fallback inside a concatenation', () => {
    const value: Value = { text: 'Bearer <t>', parts: [{ kind: 'literal', text: 'Bearer ' }, ...env('TOKEN', '<t>').parts], isLiteral: false };
    expect(php.expr(value)).toBe("'Bearer ' . (getenv('TOKEN') ?: '<t>')");
    expect(php.expr(env('TOKEN', '<t>'))).toBe("getenv('TOKEN') ?: '<t>'");
  });

  it.skipIf(available() !== undefined)('evaluates to the fallbacks when the variables are unset', () => {
    const basic: Value = {
      text: '',
      parts: [
        { kind: 'literal', text: 'Basic ' },
        { kind: 'base64', parts: [...env('SNIPGEN_UNSET_U', '<user>').parts, { kind: 'literal', text: ':' }, ...env('SNIPGEN_UNSET_P', "p'w").parts] },
      ],
      isLiteral: false,
    };
    const query: Value = { text: '', parts: [{ kind: 'literal', text: 'k=' }, ...env('SNIPGEN_UNSET_K', '<a b>', true).parts], isLiteral: false };
    expect(evaluate([php.expr(basic), php.expr(query)])).toEqual([`Basic ${Buffer.from("<user>:p'w").toString('base64')}`, 'k=%3Ca%20b%3E']);
  });
});

describe('php lit', () => {
  it('prints PHP arrays that json_encode back to the value', () => {
    expect(php.lit({ a: [true, null, 1.5, 9007199254740993n], b: {}, c: [] })).toBe(
      "[\n    'a' => [\n        true,\n        null,\n        1.5,\n        9007199254740993,\n    ],\n    'b' => new \\stdClass(),\n    'c' => [],\n]",
    );
  });

  it('refuses an integer a PHP int cannot hold', () => {
    expect(() => php.lit(-12345678901234567890n)).toThrow(/does not fit a PHP int/);
  });
});

describe('php helpers', () => {
  it('groups repeated headers case-insensitively, keeping the first spelling, cookies joining a Cookie header', () => {
    const v = (text: string): Value => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });
    const groups = helper('headerGroups')([
      { name: 'X-Trace', value: v('a') },
      { name: 'Accept', value: v('b') },
      { name: 'x-trace', value: v('c') },
      { name: 'cookie', value: v('a=1') },
    ], v('b=2')) as Array<{ name: string; values: Value[] }>;
    expect(groups.map((g) => [g.name, g.values.map((x) => x.text)])).toEqual([
      ['X-Trace', ['a', 'c']],
      ['Accept', ['b']],
      ['cookie', ['a=1; b=2']],
    ]);
  });

  it('writes curl header lines: an empty value as Name; (curl drops Name:), cookies in a Cookie line the spec gives', () => {
    const lit = (text: string): Value => ({ text, parts: [{ kind: 'literal', text }], isLiteral: true });
    const lines = (headers: Array<[string, Value]>, cookies: Value | null) =>
      (helper('curlHeaderLines')(headers.map(([name, value]) => ({ name, value })), cookies) as Value[]).map((v) => v.text);
    expect(lines([['X-Empty', lit('')], ['X-Env', env('E', '<e>')]], lit('b=2'))).toEqual(['X-Empty;', 'X-Env: <e>']);
    expect(lines([['cookie', lit('a=1')], ['Cookie', lit('c=3')]], lit('b=2'))).toEqual(['cookie: a=1; b=2', 'Cookie: c=3']);
  });

  it('escapes multipart parameters the way browsers and curl do', () => {
    const file: MultipartFile = { kind: 'file', name: 'f"1', path: 'a/b.txt', absPath: '/x', filename: 'it\'s "n"\r\n.txt', contentType: 'text/plain' };
    expect(helper('disposition')(file)).toBe('form-data; name="f%221"; filename="it\'s %22n%22%0D%0A.txt"');
    expect(helper('guzzleNeedsDisposition')(file)).toBe(true);
    expect(helper('guzzleNeedsDisposition')({ ...file, name: 'f', filename: 'b.txt' })).toBe(false);
    expect(helper('guzzleNeedsDisposition')({ ...file, name: 'f', filename: 'dir/b.txt' })).toBe(true);
  });
});
