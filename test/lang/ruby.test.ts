import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PRINTERS } from '../../src/lang/index.js';
import { ruby } from '../../src/lang/ruby.js';
import type { Endpoint, JsonValue, Part, Value } from '../../src/model.js';
import { parseJsonExact } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const rubyAvailable = hasCommand('ruby');
// The helpers ruby's templates see: the client modules' merged with the language's.
const helpers = PRINTERS.ruby!.helpers as Record<string, (text: string) => string>;

/**
 * Runs one Ruby program printing every expression's bytes as hex, one per line. It is a file, as
 * a snippet is: Ruby reads files as UTF-8 whatever the locale, but stdin and -e in the locale's.
 */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-ruby-'));
  try {
    const file = join(dir, 'values.rb');
    writeFileSync(file, `require 'json'\nrequire 'net/http'\n\nvalues = [\n${expressions.join(',\n')}\n]\nvalues.each { |v| puts v.b.unpack1('H*') }\n`);
    const env = { PATH: process.env.PATH ?? '' };
    return fromHexLines(execFileSync('ruby', [file], { encoding: 'utf8', env, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('ruby', { unavailable: () => (rubyAvailable ? undefined : 'ruby is not installed'), evaluate });

describe('ruby printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_UNSET_VARIABLE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });

  it('prefers single quotes, and double quotes only where escapes or an apostrophe need them', () => {
    expect(ruby.str('plain #{x} $x')).toBe("'plain #{x} $x'");
    expect(ruby.str("it's")).toBe('"it\'s"');
    expect(ruby.str('it\'s "q"')).toBe("'it\\'s \"q\"'");
    expect(ruby.str('a\nb #{x} #$y #@z #')).toBe('"a\\nb \\#{x} \\#$y \\#@z #"');
    expect(helpers.sq!('tab\there')).toBe('"tab\\there"');
  });

  it('interpolates environment lookups into one string', () => {
    expect(ruby.expr(value(lit('Bearer '), env('<token>')))).toBe('"Bearer #{ENV.fetch(\'SNIPGEN_UNSET_VARIABLE\', \'<token>\')}"');
  });

  it('refuses what Net::HTTP would send differently, naming the client and the shape', () => {
    const endpoint = (extra: object) => ({ auth: null, headers: [], headerMap: [], body: null, ...extra }) as unknown as Endpoint;
    const header = { name: 'X-Dash-', value: value(lit('v')) };
    const unsupported = expect.objectContaining({ code: 'unsupported', message: expect.stringContaining('ruby/net-http') });
    expect(() => helpers.requestHeaders!(endpoint({ headers: [header] }) as never)).toThrow(unsupported);
    expect(() => helpers.headerFields!(endpoint({ headerMap: [header] }) as never)).toThrow(unsupported);
    const body = { kind: 'multipart', parts: [{ kind: 'field', name: 'a\nb', value: 'v' }] };
    expect(() => helpers.multipartParts!(endpoint({ body }) as never)).toThrow(unsupported);
  });

  it('groups entries by name at their first position, repeats in order', () => {
    const byName = ruby.helpers!.byName as (entries: Array<{ name: string; v: number }>) => unknown;
    expect(byName([{ name: 'a', v: 1 }, { name: 'b', v: 2 }, { name: 'a', v: 3 }])).toEqual([
      { name: 'a', items: [{ name: 'a', v: 1 }, { name: 'a', v: 3 }], repeated: true },
      { name: 'b', items: [{ name: 'b', v: 2 }], repeated: false },
    ]);
  });

  it('finds file parts and part names that break out of their quotes', () => {
    const h = PRINTERS.ruby!.helpers as Record<string, (e: unknown) => unknown>;
    const file = { kind: 'file', name: 'f', path: 'a.bin', filename: 'a"b.bin', contentType: 'x/y' };
    const multipart = (...parts: object[]) => ({ body: { kind: 'multipart', parts } });
    expect(h.fileParts!(multipart({ kind: 'field', name: 'a', value: 'v' }, file))).toEqual([file]);
    expect(h.fileParts!({ body: null })).toEqual([]);
    // A quote in a filename is not a name's problem.
    expect(h.rawPartNameBreaks!(multipart(file))).toBe(false);
    for (const name of ['a"b', 'a\nb', 'a\rb']) expect(h.rawPartNameBreaks!(multipart({ kind: 'field', name, value: '' }))).toBe(true);
  });

  it('sends an Accept list to rest-client as one element, and refuses a type rest-client reads as a file extension', () => {
    const h = PRINTERS.ruby!.helpers as Record<string, (e: unknown) => Array<{ name: string; asList: boolean }>>;
    const withText = (name: string, text: string) => ({ headerMap: [{ name, value: { text, parts: [lit(text)], isLiteral: true } }] });
    expect(h.restClientHeaders!(withText('Accept', 'text/html,application/xml'))[0]!.asList).toBe(true);
    expect(h.restClientHeaders!(withText('Accept', 'application/json'))[0]!.asList).toBe(false);
    expect(h.restClientHeaders!(withText('X-Kind', 'json'))[0]!.asList).toBe(false);
    const unsupported = expect.objectContaining({ code: 'unsupported', message: expect.stringContaining('ruby/rest-client') });
    expect(() => h.restClientHeaders!(withText('content-type', 'json'))).toThrow(unsupported);
  });

  it('prints Ruby values, not JSON ones', () => {
    expect(ruby.lit({ a: [true, false, null, 1.5, 9007199254740993n], b: {}, c: [] })).toBe(
      "{\n  'a' => [\n    true,\n    false,\n    nil,\n    1.5,\n    9007199254740993\n  ],\n  'b' => {},\n  'c' => []\n}",
    );
  });

  const documents: JsonValue[] = [{ a: [true, false, null, 1.5, 1e21, 5e-324, -0.25, 9007199254740993n, -12345678901234567890n], b: {}, c: [] }, [...HOSTILE_STRINGS], { [HOSTILE_STRINGS.at(-1)!]: HOSTILE_STRINGS.at(-1)! }];

  it.skipIf(!rubyAvailable)('dq, sq, expr and lit evaluate to what they denote through real ruby, in one program', () => {
    const strings = [...HOSTILE_STRINGS];
    const expressions = [
      ...strings.map((s) => helpers.dq!(s)),
      ...strings.map((s) => helpers.sq!(s)),
      ...strings.map((s) => ruby.expr(value(lit(s), env(s), lit(`#${s}#`), env('a b+/=', true), lit('{')))),
      ...documents.map((d) => `JSON.generate(${ruby.lit(d)})`),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings);
    expect(results.slice(n, 2 * n)).toEqual(strings);
    expect(results.slice(2 * n, 3 * n)).toEqual(strings.map((s) => `${s}${s}#${s}#a+b%2B%2F%3D{`));
    // Ruby writes 1e21 as 1.0e+21: the same number, so the documents are compared as JSON values.
    expect(results.slice(3 * n).map((text) => parseJsonExact(text))).toEqual(documents);
  });
});
