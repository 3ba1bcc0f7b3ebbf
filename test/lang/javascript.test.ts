import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SnipgenError } from '../../src/errors.js';
import { javascript } from '../../src/lang/javascript.js';
import { fetchHelpers } from '../../src/lang/javascript-fetch.js';
import type { Endpoint, JsonValue, Value } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fixtureEndpoint } from '../support.js';
import { fromHexLines, printerSuite } from './suite.js';

/** Runs a module (strict mode, like the snippets) that prints each expression's value as hex UTF-8. */
function evaluate(expressions: string[], env: Record<string, string> = {}): string[] {
  const program = `for (const v of [${expressions.join(',\n')}]) process.stdout.write(Buffer.from(v, 'utf8').toString('hex') + '\\n');`;
  return fromHexLines(execFileSync('node', ['--input-type=module', '-e', program], { encoding: 'utf8', env: { PATH: process.env.PATH, ...env } }));
}

printerSuite('javascript', { unavailable: () => undefined, evaluate: (literals) => evaluate(literals) });

const helpers = javascript.helpers!;

describe('javascript expr', () => {
  const mixed = (s: string): Value => ({
    text: s + s,
    parts: [
      { kind: 'literal', text: s },
      { kind: 'env', name: 'SNIPGEN_TEST_VALUE', fallback: s, urlEncode: false },
    ],
    isLiteral: false,
  });

  it('template literals round-trip every hostile string, with and without the variable set', () => {
    const printed = HOSTILE_STRINGS.map((s) => javascript.expr(mixed(s)));
    expect(evaluate(printed)).toEqual(HOSTILE_STRINGS.map((s) => s + s));
    expect(evaluate(printed, { SNIPGEN_TEST_VALUE: 'v' })).toEqual(HOSTILE_STRINGS.map((s) => s + 'v'));
  });

  it('percent-encodes at run time and base64-encodes UTF-8 credentials', () => {
    const encoded: Value = { text: '', parts: [{ kind: 'env', name: 'K', fallback: 'a b&c', urlEncode: true }], isLiteral: false };
    const basic: Value = {
      text: '',
      parts: [{ kind: 'literal', text: 'Basic ' }, { kind: 'base64', parts: [{ kind: 'env', name: 'U', fallback: 'é', urlEncode: false }, { kind: 'literal', text: ':p' }] }],
      isLiteral: false,
    };
    expect(evaluate([javascript.expr(encoded), javascript.expr(basic)])).toEqual(['a%20b%26c', `Basic ${Buffer.from('é:p').toString('base64')}`]);
  });
});

describe('javascript lit', () => {
  const value: JsonValue = {
    ...Object.fromEntries(HOSTILE_STRINGS.map((s, i) => [`k${i} ${s}`, s])),
    __proto__: [1, 2.5, -7, 1e21, true, false, null, {}, []],
    'Content-Type': { deep: [[], {}] },
  };

  it('JSON.stringify of the literal is the spec JSON, byte for byte', () => {
    expect(helpers.jsonAsText!(value)).toBe(false);
    expect(evaluate([`JSON.stringify(${javascript.lit(value)})`])).toEqual([stringifyJson(value)]);
  });

  it('prints prettier-style layout', () => {
    expect(javascript.lit({ a: [1, 'x'], 'b-c': {}, d: [], e: [{}], f: ['x'.repeat(60)] }, '  ')).toBe(
      `{\n    a: [1, 'x'],\n    'b-c': {},\n    d: [],\n    e: [\n      {},\n    ],\n    f: [\n      '${'x'.repeat(60)}',\n    ],\n  }`,
    );
  });

  it('picks the quote that needs fewer escapes', () => {
    expect(javascript.str("it's")).toBe('"it\'s"');
    expect(javascript.str('say "hi"')).toBe("'say \"hi\"'");
    expect(javascript.str('it\'s "a" mix')).toBe("'it\\'s \"a\" mix'");
  });

  it('sends JSON as text when a JavaScript object would change it', () => {
    expect(helpers.jsonAsText!({ n: 9007199254740993n })).toBe(true);
    expect(helpers.jsonAsText!([{ b: 1, '10': 2 }])).toBe(true);
    expect(helpers.jsonAsText!({ '01': 1, '-1': 2, '4294967295': 3 })).toBe(false);
  });
});

describe('javascript/fetch refuses what fetch cannot send', () => {
  const get = fixtureEndpoint('method-get', 'runnable');
  const refuse = (endpoint: Endpoint, message: RegExp) => {
    const error = (() => {
      try {
        fetchHelpers.requireSendable(endpoint);
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SnipgenError);
    expect((error as SnipgenError).code).toBe('unsupported');
    expect((error as SnipgenError).message).toMatch(message);
  };

  it('names the method, the body or the header it cannot send', () => {
    expect(fetchHelpers.requireSendable(get)).toBe('');
    refuse({ ...get, method: 'TRACE' }, /javascript\/fetch .*TRACE method/);
    refuse({ ...get, body: { kind: 'text', contentType: 'text/plain', text: 'x' } }, /body on a GET request/);
    refuse({ ...get, headers: [...get.headers, { name: 'Host', value: { text: 'h', parts: [{ kind: 'literal', text: 'h' }], isLiteral: true } }] }, /Host header/);
    // A captured browser request's mode: undici writes its own (cors) over it.
    refuse({ ...get, headers: [...get.headers, { name: 'Sec-Fetch-Mode', value: { text: 'navigate', parts: [{ kind: 'literal', text: 'navigate' }], isLiteral: true } }] }, /Sec-Fetch-Mode header/);
  });
});

describe('javascript/fetch header values', () => {
  it('hands non-ASCII text to fetch as its UTF-8 bytes', () => {
    const value: Value = { text: 'é😀', parts: [{ kind: 'literal', text: 'é😀' }], isLiteral: true };
    expect(evaluate([helpers.headerValue!(value) as string])).toEqual([Buffer.from('é😀').toString('latin1')]);
  });
});
