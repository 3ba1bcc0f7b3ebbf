import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '../src/model.js';
import { parseJsonExact, stringifyJson } from '../src/json.js';

// stringifyJson and parseJsonExact take V8's own JSON functions unless a big integer is involved;
// both paths must give the same bytes and values as the exact ones.
const RUNS = 300;
const SEED = 20_261_126;

/**
 * JSON values with, somewhere inside, integers beyond 2^53 as bigint (what parseJsonExact returns for them).
 * Doubles stay below 2^53: a whole double above it prints as digits and reads back as a bigint, by design.
 */
const big = fc.bigInt({ min: 2n ** 60n, max: 2n ** 80n }).chain((n) => fc.constantFrom(n, -n));
const withBigInts: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof(fc.constant(null), fc.boolean(), fc.integer(), fc.double({ min: -1e15, max: 1e15, noNaN: true }), fc.string(), big),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string(), tie('value'), { maxKeys: 4 }),
  ),
})).value;

describe('stringifyJson', () => {
  it('gives JSON.stringify’s bytes for every value JSON.stringify can print, at any indent', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
        expect(stringifyJson(value as JsonValue, indent)).toBe(JSON.stringify(value, null, indent));
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('prints a bigint as its digits where JSON.stringify would throw', () => {
    expect(stringifyJson({ id: 12345678901234567890n, list: [1, -98765432109876543210n] }, 2)).toBe(
      '{\n  "id": 12345678901234567890,\n  "list": [\n    1,\n    -98765432109876543210\n  ]\n}',
    );
    expect(stringifyJson([{}, [], 2n ** 64n])).toBe('[{},[],18446744073709551616]');
  });
});

describe('parseJsonExact', () => {
  it('reads back what stringifyJson printed, big integers exact', () => {
    fc.assert(
      fc.property(withBigInts, fc.integer({ min: 0, max: 2 }), (value, indent) => {
        // -0 prints as 0, which is what reading it back must give.
        const expected = JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? `big:${v}` : v)), (_k, v) =>
          typeof v === 'string' && v.startsWith('big:') ? BigInt(v.slice(4)) : v,
        );
        expect(parseJsonExact(stringifyJson(value, indent))).toEqual(expected);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });

  it('keeps integers of 16 digits and more exact, and numbers that fit a double as numbers', () => {
    expect(parseJsonExact('{"a": 12345678901234567890, "b": 1234567890123456, "c": "12345678901234567890", "d": 0.12345678901234567}')).toEqual({
      a: 12345678901234567890n,
      b: 1234567890123456,
      c: '12345678901234567890',
      d: 0.12345678901234567,
    });
    expect(parseJsonExact('[1, 2.5e3, "x", null]')).toEqual([1, 2500, 'x', null]);
  });

  it('throws on text that is not JSON, on either path', () => {
    expect(() => parseJsonExact('{"a": 1,}')).toThrow(SyntaxError);
    expect(() => parseJsonExact('{"a": 12345678901234567890,}')).toThrow(SyntaxError);
  });
});
