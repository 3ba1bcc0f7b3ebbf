import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { c } from '../../src/lang/c.js';
import type { JsonValue } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const gccAvailable = hasCommand('gcc');

/**
 * Compiles one C program (ISO mode, so trigraphs are on) that prints every literal's bytes as hex,
 * one per line; sizeof keeps an embedded NUL, as the snippets' explicit lengths do.
 */
function evaluate(literals: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-c-'));
  try {
    const values = literals.map((l, i) => `static const char v${i}[] = ${l};\n`).join('');
    const prints = literals.map((_, i) => `    hex(v${i}, sizeof v${i} - 1);\n`).join('');
    writeFileSync(
      join(dir, 'main.c'),
      `#include <stdio.h>\n\n${values}\nstatic void hex(const char *s, size_t n) {\n    for (size_t i = 0; i < n; i++) printf("%02x", (unsigned char)s[i]);\n    printf("\\n");\n}\n\nint main(void) {\n${prints}    return 0;\n}\n`,
    );
    execFileSync('gcc', ['-std=c11', '-Wall', '-Werror', '-o', join(dir, 'main'), join(dir, 'main.c')], { cwd: dir, timeout: 120_000 });
    return fromHexLines(execFileSync(join(dir, 'main'), { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('c', { unavailable: () => (gccAvailable ? undefined : 'gcc is not installed'), evaluate });

describe('c str and lit', () => {
  it('never lets an escape run into the next character, nor two question marks form a trigraph', () => {
    expect(c.str('\u0001a')).toBe('"\\001a"');
    expect(c.str('??=')).toBe('"\\?\\?="');
    expect(c.str('é\u0085')).toBe('"é\\302\\205"');
  });

  it('prints a JSON document as adjacent literals, one per line', () => {
    expect(c.lit({ a: [1, 'b'] }, '', '    ')).toBe('"{\\n"\n    "  \\"a\\": [\\n"\n    "    1,\\n"\n    "    \\"b\\"\\n"\n    "  ]\\n"\n    "}"');
  });

  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], 'k??=': {}, c: [] }, ['\r', '\0'], 'x\u2028y'];
  it.skipIf(!gccAvailable)('every document evaluates to its exact JSON text through real gcc', () => {
    expect(evaluate(documents.map((d) => c.lit(d)))).toEqual(documents.map((d) => stringifyJson(d, 2)));
  });
});
