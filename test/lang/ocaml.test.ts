import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ocaml } from '../../src/lang/ocaml.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const ocamlAvailable = hasCommand('ocamlfind', ['ocamlopt', '-version']) && hasCommand('ocamlfind', ['query', 'uri', 'base64']);

/** Builds and runs one OCaml program printing every expression's bytes as hex, one per line. */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-ocaml-'));
  try {
    const file = join(dir, 'main.ml');
    const values = expressions.map((e) => `    (${e});\n`).join('');
    writeFileSync(file, `let values =\n  [\n${values}  ]\n\nlet () =\n  List.iter (fun v -> String.iter (fun c -> Printf.printf "%02x" (Char.code c)) v; print_newline ()) values\n`);
    execFileSync('ocamlfind', ['ocamlopt', '-package', 'uri,base64', '-linkpkg', '-o', join(dir, 'main'), file], { cwd: dir, timeout: 120_000, stdio: ['ignore', 'ignore', 'pipe'] });
    return fromHexLines(execFileSync(join(dir, 'main'), [], { encoding: 'utf8', cwd: dir, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('ocaml', { unavailable: () => (ocamlAvailable ? undefined : 'ocamlfind with uri and base64 is not installed'), evaluate });

describe('ocaml printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_UNSET_VARIABLE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });
  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], b: {}, c: [] }, ['|json}', '\r'], 'x\u2028y', 'lone \ud800', 7];

  it('escapes controls in decimal, other unsafe code points as \\u{…}, and a lone surrogate as WTF-8 bytes', () => {
    expect(ocaml.str('\0\x7f\u2028😀\ud800%s')).toBe('"\\000\\127\\u{2028}😀\\xed\\xa0\\x80%s"');
  });

  it('prints a JSON document as a quoted string when it can, a string literal when it cannot', () => {
    expect(ocaml.lit({ a: [1, '"b"'] })).toBe('{json|{\n  "a": [\n    1,\n    "\\"b\\""\n  ]\n}|json}');
    expect(ocaml.lit('|json}')).toBe('"\\"|json}\\""');
  });

  it.skipIf(!ocamlAvailable)('expr and lit evaluate to what they denote through real ocaml, in one program', () => {
    const strings = [...HOSTILE_STRINGS];
    const expressions = [
      ...strings.map((s) => ocaml.expr(value(lit(s), env(s), lit(`#${s}#`), env('a b+/=&', true), lit('{')))),
      ...documents.map((d) => ocaml.lit(d)),
      ocaml.expr(value(lit('Basic '), { kind: 'base64', parts: [env('user'), lit(':é')] })),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    // A query value may hold a raw '=' (a parser splits a pair at its first one): Uri leaves it.
    expect(results.slice(0, n)).toEqual(strings.map((s) => `${s}${s}#${s}#a%20b%2B/=%26{`));
    expect(results.slice(n, n + documents.length)).toEqual(documents.map((d) => stringifyJson(d, 2)));
    expect(results.at(-1)).toBe(`Basic ${Buffer.from('user:é').toString('base64')}`);
  });
});
