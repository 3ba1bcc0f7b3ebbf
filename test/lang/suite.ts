import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/clients/types.js';
import { PRINTERS } from '../../src/lang/index.js';
import { HOSTILE_STRINGS } from '../hostile.js';

export interface RoundTrip {
  /** Why the round trip cannot run here (a missing toolchain), or undefined when it can. */
  unavailable(): string | undefined;
  /** Evaluates each literal in the real language and returns the strings it denotes. */
  evaluate(literals: string[]): string[];
  /** Strings the language cannot hold at all (a NUL in a shell word): `str` must refuse them as unsupported. */
  unrepresentable?(s: string): boolean;
  /** The literal is the bytes sent, not code (an HTTP message): invisible characters stay raw in it. */
  rawText?: boolean;
}

/**
 * Characters no code literal may hold raw: controls but tab and line feed, line and paragraph
 * separators, format characters (bidirectional controls, zero-width characters, the BOM, tags)
 * and every space but U+0020. Written from Unicode's categories, not from the printers' own list.
 */
const HIDDEN_RAW = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Zs}\u115f\u1160\u3164\uffa0]/u;
const hiddenRaw = (literal: string) => [...literal].find((c) => c !== ' ' && c !== '\t' && c !== '\n' && HIDDEN_RAW.test(c));

/** True when `command` runs; a check whose toolchain is missing is skipped, never passed. */
export function hasCommand(command: string, args: string[] = ['--version']): boolean {
  try {
    execFileSync(command, args, { stdio: 'ignore', timeout: 20_000 });
    return true;
  } catch {
    return false;
  }
}

/** Decodes lines of hex-encoded UTF-8, the one output format every round-trip harness prints. */
export function fromHexLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line, i, all) => i < all.length - 1 || line !== '')
    .map((line) => Buffer.from(line.trim(), 'hex').toString('utf8'));
}

/**
 * The shared printer checks every language runs on the one hostile corpus: `str` is total (but
 * for strings the language cannot hold, which it refuses as unsupported) and deterministic and
 * prints no raw NUL, nor any other character a reader cannot see; with the language installed, every literal evaluates back to exactly the
 * original string.
 */
export function printerSuite(language: Language, roundTrip?: RoundTrip, noRoundTrip?: string): void {
  const printer = PRINTERS[language];
  describe(`${language} printers on the hostile corpus`, () => {
    it.each(HOSTILE_STRINGS.map((s, i) => [i, JSON.stringify(s).slice(0, 40), s] as const))('str #%i %s', (_i, _label, s) => {
      if (roundTrip?.unrepresentable?.(s)) {
        expect(() => printer.str(s)).toThrow(expect.objectContaining({ name: 'SnipgenError', code: 'unsupported' }));
        return;
      }
      const literal = printer.str(s);
      expect(literal).toBe(printer.str(s));
      expect(literal).not.toContain('\0');
      if (!roundTrip?.rawText) expect(hiddenRaw(literal), 'a character a reader cannot see, left raw').toBeUndefined();
    });

    // `noRoundTrip` says why a language has no round trip at all (its toolchain cannot be installed).
    const reason = roundTrip ? roundTrip.unavailable() : noRoundTrip;
    it.skipIf(!roundTrip || reason !== undefined)(`round-trips every string through real ${language}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      const representable = HOSTILE_STRINGS.filter((s) => !roundTrip!.unrepresentable?.(s));
      const values = roundTrip!.evaluate(representable.map((s) => printer.str(s)));
      expect(values).toEqual(representable);
    });
  });
}
