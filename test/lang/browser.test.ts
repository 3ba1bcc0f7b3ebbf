import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { browser } from '../../src/lang/browser.js';
import type { Endpoint, Value } from '../../src/model.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, printerSuite } from './suite.js';

/**
 * Evaluates expressions in Node, which has the browser globals the printers use (btoa,
 * TextEncoder, encodeURIComponent) and no Buffer in the expressions; each value is printed as
 * hex, of its UTF-8 (`text`) or of its characters as bytes (`bytes`: a header value).
 */
function evaluate(expressions: string[], as: 'text' | 'bytes' = 'text', env: Record<string, string> = {}): string[] {
  const encoding = as === 'text' ? 'utf8' : 'latin1';
  const program = `for (const v of [${expressions.join(',\n')}]) process.stdout.write(Buffer.from(v, '${encoding}').toString('hex') + '\\n');`;
  return fromHexLines(execFileSync('node', ['--input-type=module', '-e', program], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } }));
}

printerSuite('browser', { unavailable: () => undefined, evaluate: (literals) => evaluate(literals) });

const helpers = browser.helpers as Record<string, (...args: any[]) => any>;
const mixed = (s: string): Value => ({
  text: s + s,
  parts: [
    { kind: 'literal', text: s },
    { kind: 'env', name: 'SNIPGEN_TEST_VALUE', fallback: s, urlEncode: false },
  ],
  isLiteral: false,
});
const wellFormed = HOSTILE_STRINGS.filter((s) => !/\p{Cs}/u.test(s));

describe('browser expr', () => {
  it('template literals round-trip every hostile string, with and without the variable set', () => {
    const printed = HOSTILE_STRINGS.map((s) => browser.expr(mixed(s)));
    expect(evaluate(printed)).toEqual(HOSTILE_STRINGS.map((s) => s + s));
    expect(evaluate(printed, 'text', { SNIPGEN_TEST_VALUE: 'v' })).toEqual(HOSTILE_STRINGS.map((s) => s + 'v'));
  });

  it('base64-encodes UTF-8 credentials with btoa, and percent-encodes at run time', () => {
    const basic: Value = { text: '', parts: [{ kind: 'base64', parts: mixed('ü:😀 "x"').parts }], isLiteral: false };
    const encoded: Value = { text: '', parts: [{ kind: 'env', name: 'K', fallback: 'a b&c', urlEncode: true }], isLiteral: false };
    expect(browser.expr(basic)).not.toContain('Buffer');
    expect(evaluate([browser.expr(basic), browser.expr(encoded)])).toEqual([Buffer.from('ü:😀 "x"ü:😀 "x"').toString('base64'), 'a%20b%26c']);
  });

  it('hands a header value over as the UTF-8 bytes of its text, one character per byte', () => {
    const printed = wellFormed.map((s) => helpers.headerValue!(mixed(s)));
    // The bytes setRequestHeader sends, read back as UTF-8, are the text.
    expect(evaluate(printed, 'bytes')).toEqual(wellFormed.map((s) => s + s));
  });

  it('sends text as bytes only when XMLHttpRequest would rewrite the charset', () => {
    const endpoint = (contentType: string) => ({ body: { kind: 'text' }, headers: [{ name: 'Content-Type', value: { text: contentType } }] }) as unknown as Endpoint;
    expect(helpers.charsetRewritten!(endpoint('text/plain'))).toBe(false);
    expect(helpers.charsetRewritten!(endpoint('text/plain; charset=UTF-8'))).toBe(false);
    expect(helpers.charsetRewritten!(endpoint('text/plain; charset=utf-8'))).toBe(true);
    expect(helpers.charsetRewritten!(endpoint('text/plain; charset="latin1"'))).toBe(true);
  });
});
