import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { python } from '../../src/lang/python.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

printerSuite('python', {
  unavailable: () => (hasCommand('python3') ? undefined : 'python3 is not installed'),
  evaluate: (literals) =>
    fromHexLines(
      execFileSync('python3', ['-c', `import sys\nfor v in [${literals.join(',\n')}]:\n    sys.stdout.write(v.encode("utf-8", "surrogatepass").hex() + "\\n")`], {
        encoding: 'utf8',
      }),
    ),
});

describe('python lit', () => {
  it('prints Python values, not JSON ones', () => {
    expect(python.lit({ a: [true, false, null, 1.5, 9007199254740993n, 2], b: {}, c: [] })).toBe(
      '{\n    "a": [\n        True,\n        False,\n        None,\n        1.5,\n        9007199254740993,\n        2\n    ],\n    "b": {},\n    "c": []\n}',
    );
  });

  it('keeps floats floats', () => {
    expect(python.lit(1e21)).toBe('1e+21');
    expect(python.lit(0.5)).toBe('0.5');
  });
});

describe('python header', () => {
  const header = python.helpers!.header as (value: { text: string; parts: Array<{ kind: 'literal'; text: string }>; isLiteral: boolean }) => string;
  const literal = (text: string) => ({ text, parts: [{ kind: 'literal' as const, text }], isLiteral: true });

  it('sends any non-ASCII value as UTF-8 bytes: http.client writes a str as Latin-1 (so "é" alone would arrive as one byte), h11 as ASCII', () => {
    expect(header(literal('plain'))).toBe('"plain"');
    expect(header(literal('é'))).toBe('"é".encode()');
    expect(header(literal('😀'))).toBe('"😀".encode()');
  });
});
