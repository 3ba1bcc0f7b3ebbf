import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { haskell } from '../../src/lang/haskell.js';
import type { JsonValue } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const ghcAvailable = hasCommand('runghc');

/** Runs one Haskell program printing every literal's UTF-8 bytes (through Text, as the snippets send them) as hex, one per line. */
function evaluate(literals: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-haskell-'));
  try {
    writeFileSync(
      join(dir, 'Main.hs'),
      [
        'import qualified Data.ByteString as B',
        'import qualified Data.Text as T',
        'import Data.Text.Encoding (encodeUtf8)',
        'import Text.Printf (printf)',
        '',
        'values :: [String]',
        'values =',
        `  [ ${literals.join('\n  , ')}`,
        '  ]',
        '',
        'main :: IO ()',
        'main = mapM_ (putStrLn . concatMap (printf "%02x") . B.unpack . encodeUtf8 . T.pack) values',
        '',
      ].join('\n'),
    );
    return fromHexLines(execFileSync('runghc', [join(dir, 'Main.hs')], { encoding: 'utf8', cwd: dir, timeout: 300_000, maxBuffer: 1 << 26 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('haskell', { unavailable: () => (ghcAvailable ? undefined : 'ghc (runghc) is not installed'), evaluate });

describe('haskell str and lit', () => {
  it('ends a decimal escape before a digit, and continues a JSON document with string gaps', () => {
    expect(haskell.str('\u00851')).toBe('"\\133\\&1"');
    expect(haskell.str('\u0085a')).toBe('"\\133a"');
    expect(haskell.lit({ a: [1] }, '', '  ')).toBe('"{\\n\\\n  \\  \\"a\\": [\\n\\\n  \\    1\\n\\\n  \\  ]\\n\\\n  \\}"');
  });

  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], '1': {}, c: [] }, ['\r', '\0'], 'x\u2028y', 12];
  it.skipIf(!ghcAvailable)('every document evaluates to its exact JSON text through real ghc', () => {
    expect(evaluate(documents.map((d) => haskell.lit(d, '  ', '  ')))).toEqual(documents.map((d) => stringifyJson(d, 2)));
  });
});
