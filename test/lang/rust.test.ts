import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rust } from '../../src/lang/rust.js';
import type { JsonValue } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const rustcAvailable = hasCommand('rustc');

/** Compiles one Rust program printing every literal's bytes as hex, one per line. */
function evaluate(literals: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-rust-'));
  try {
    const values = literals.map((l) => `        ${l},\n`).join('');
    writeFileSync(
      join(dir, 'main.rs'),
      `fn main() {\n    let values: Vec<&str> = vec![\n${values}    ];\n    for v in values {\n        let hex: String = v.bytes().map(|b| format!("{:02x}", b)).collect();\n        println!("{}", hex);\n    }\n}\n`,
    );
    execFileSync('rustc', ['--edition', '2021', '-o', join(dir, 'main'), join(dir, 'main.rs')], { cwd: dir, timeout: 300_000 });
    return fromHexLines(execFileSync(join(dir, 'main'), { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('rust', { unavailable: () => (rustcAvailable ? undefined : 'rustc is not installed'), evaluate });

describe('rust lit', () => {
  it('prints a JSON document as a raw string with enough hashes, an escaped one when it cannot be raw', () => {
    expect(rust.lit({ a: [1, 'b'] })).toBe('r#"{\n  "a": [\n    1,\n    "b"\n  ]\n}"#');
    expect(rust.lit('"#')).toBe('r##""\\"#""##');
    expect(rust.lit('x\u2028y')).toBe('"\\"x\\u{2028}y\\""');
    expect(() => rust.str('\ud800')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], '"#': {}, c: [] }, ['\r', '\0', '"##'], 'x\u2028y', 'a \ud800 b'];
  it.skipIf(!rustcAvailable)('every document evaluates to its exact JSON text through real rustc', () => {
    expect(evaluate(documents.map((d) => rust.lit(d)))).toEqual(documents.map((d) => stringifyJson(d, 2)));
  });
});
