import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { go } from '../../src/lang/go.js';
import type { JsonValue } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const goAvailable = hasCommand('go', ['version']);

/** Runs one Go program printing every literal as hex-encoded bytes, one per line. */
function evaluate(literals: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-go-'));
  try {
    const file = join(dir, 'main.go');
    writeFileSync(
      file,
      `package main\n\nimport (\n\t"encoding/hex"\n\t"fmt"\n)\n\nvar values = []string{\n${literals.map((l) => `\t${l},\n`).join('')}}\n\nfunc main() {\n\tfor _, v := range values {\n\t\tfmt.Println(hex.EncodeToString([]byte(v)))\n\t}\n}\n`,
    );
    return fromHexLines(execFileSync('go', ['run', file], { encoding: 'utf8', cwd: dir, timeout: 120_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('go', { unavailable: () => (goAvailable ? undefined : 'go is not installed'), evaluate });

describe('go lit', () => {
  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], b: {}, c: [] }, ['`', '\r'], 'x\u2028y'];

  it('prints a JSON document as a raw string when it can, an interpreted one when it cannot', () => {
    expect(go.lit({ a: [1, 'b'] })).toBe('`{\n  "a": [\n    1,\n    "b"\n  ]\n}`');
    expect(go.lit('`')).toBe('"\\"`\\""');
    expect(go.lit(12345678901234567890n)).toBe('`12345678901234567890`');
  });

  it.skipIf(!goAvailable)('every document evaluates to its exact JSON text through real go', () => {
    expect(evaluate(documents.map((d) => go.lit(d)))).toEqual(documents.map((d) => stringifyJson(d, 2)));
  });
});
