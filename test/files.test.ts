import { isUtf8 } from 'node:buffer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8 } from '../src/files.js';

describe('firstInvalidUtf8', () => {
  it('finds where a lenient decoder would put its first replacement character', () => {
    // Random bytes, biased towards the lead and continuation bytes where UTF-8 goes wrong.
    const byte = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }));
    const text = fc.string({ unit: 'binary', maxLength: 8 }).map((s) => [...Buffer.from(s, 'utf8')]);
    fc.assert(
      fc.property(fc.array(fc.oneof(byte.map((b) => [b]), text), { maxLength: 12 }), (chunks) => {
        const bytes = Buffer.from(chunks.flat());
        const at = firstInvalidUtf8(bytes);
        if (isUtf8(bytes)) {
          expect(at).toBe(bytes.length);
        } else {
          expect(isUtf8(bytes.subarray(0, at))).toBe(true);
          expect(new TextDecoder().decode(bytes.subarray(at)).startsWith('\uFFFD')).toBe(true);
          expect(bytes.subarray(at, at + 3).equals(Buffer.from('\uFFFD'))).toBe(false);
        }
      }),
      { seed: 20_250_101, numRuns: 2000 },
    );
  });

  it.each([
    ['an overlong encoding', [0x61, 0xc0, 0xaf], 1],
    ['a surrogate', [0xed, 0xa0, 0x80], 0],
    ['past U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a sequence cut short by the end', [0x61, 0x62, 0xe2, 0x82], 2],
    ['a lone continuation byte', [0xe2, 0x82, 0xac, 0x80], 3],
  ])('%s', (_name, bytes, at) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(at);
  });
});
