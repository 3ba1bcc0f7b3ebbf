import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeCodePoints } from '../../src/lang/shared.js';

// escapeCodePoints skips runs the regex engine finds safe and copies them by slice; it must give
// exactly what the plain walk by code point gives, for any escape function that leaves those
// characters alone.
function byCodePoint(text: string, escape: (char: string, code: number) => string | undefined): string {
  let out = '';
  for (const char of text) out += escape(char, char.codePointAt(0)!) ?? char;
  return out;
}

/** Escapes quotes, backslashes, `$`, controls, every non-ASCII code point and lone surrogates, each differently. */
const escape = (char: string, code: number): string | undefined => {
  if (char === '"' || char === '\\' || char === '$') return `\\${char}`;
  if (code < 0x20) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code >= 0xd800 && code <= 0xdfff) return `<lone ${code.toString(16)}>`;
  if (code > 0xffff) return `<astral ${code.toString(16)}>`;
  if (code > 0x7e) return `<${code.toString(16)}>`;
  return undefined;
};

const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.array(fc.constantFrom('a', 'Z', '0', ' ', '/', '"', '\\', '$', '\n', 'é', '😀', '\ud800', '\udc00', '{', '}'), { maxLength: 30 }).map((a) => a.join('')),
);

describe('escapeCodePoints', () => {
  it('gives what a walk by code point gives', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(escapeCodePoints(t, escape)).toBe(byCodePoint(t, escape));
      }),
      { numRuns: 500, seed: 20_261_126 },
    );
  });

  it('returns a plain string as it is, and escapes at either end and side by side', () => {
    expect(escapeCodePoints('https://api.example.com/v1/keys?a=1', escape)).toBe('https://api.example.com/v1/keys?a=1');
    expect(escapeCodePoints('', escape)).toBe('');
    expect(escapeCodePoints('"x"', escape)).toBe('\\"x\\"');
    expect(escapeCodePoints('$$😀\ud800', escape)).toBe('\\$\\$<astral 1f600><lone d800>');
  });
});
