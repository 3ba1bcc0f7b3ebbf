import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { csharp } from '../../src/lang/csharp.js';
import type { JsonValue, Value } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, printerSuite } from './suite.js';

const dotnetVersion = (() => {
  try {
    return execFileSync('dotnet', ['--version'], { encoding: 'utf8', timeout: 20_000 }).trim();
  } catch {
    return undefined;
  }
})();
const dotnetAvailable = dotnetVersion !== undefined;

const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n, -12345678901234567890n], b: {}, c: [] }, ['\0', '\u2028'], 'x\u2029y'];

// Environment lookups with their fallbacks (the variables are unset when the program runs).
const expressions: Array<[Value, string]> = [
  [
    {
      text: '',
      isLiteral: false,
      parts: [
        { kind: 'literal', text: 'Basic ' },
        {
          kind: 'base64',
          parts: [
            { kind: 'env', name: 'SNIPGEN_UNSET_USER', fallback: '<user "é">', urlEncode: false },
            { kind: 'literal', text: ':' },
            { kind: 'env', name: 'SNIPGEN_UNSET_PASSWORD', fallback: 'p\\w', urlEncode: false },
          ],
        },
      ],
    },
    'Basic ' + Buffer.from('<user "é">:p\\w').toString('base64'),
  ],
  [
    {
      text: '',
      isLiteral: false,
      parts: [
        { kind: 'literal', text: 'https://x/?k=' },
        { kind: 'env', name: 'SNIPGEN_UNSET_KEY', fallback: 'a+b/c= é', urlEncode: true },
      ],
    },
    'https://x/?k=a%2Bb%2Fc%3D%20%C3%A9',
  ],
  [{ text: '', isLiteral: false, parts: [{ kind: 'env', name: 'SNIPGEN_UNSET_TOKEN', fallback: '<token>', urlEncode: false }] }, '<token>'],
];

/**
 * Builds and runs one console program (top-level statements, the SDK's implicit usings, as
 * `dotnet new console` makes it) printing every string expression as hex-encoded UTF-8, one per line.
 */
function run(expressionsInCsharp: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-csharp-'));
  try {
    const framework = `net${dotnetVersion!.split('.')[0]}.0`;
    writeFileSync(
      join(dir, 'roundtrip.csproj'),
      `<Project Sdk="Microsoft.NET.Sdk">\n  <PropertyGroup>\n    <OutputType>Exe</OutputType>\n    <TargetFramework>${framework}</TargetFramework>\n    <ImplicitUsings>enable</ImplicitUsings>\n    <Nullable>enable</Nullable>\n  </PropertyGroup>\n</Project>\n`,
    );
    writeFileSync(
      join(dir, 'Program.cs'),
      `using System.Text;\n\nstring[] values =\n[\n${expressionsInCsharp.map((e) => `    ${e},\n`).join('')}];\nforeach (var value in values)\n    Console.WriteLine(Convert.ToHexString(Encoding.UTF8.GetBytes(value)));\n`,
    );
    const env = { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1' };
    for (const name of ['SNIPGEN_UNSET_USER', 'SNIPGEN_UNSET_PASSWORD', 'SNIPGEN_UNSET_KEY', 'SNIPGEN_UNSET_TOKEN']) delete env[name];
    return fromHexLines(execFileSync('dotnet', ['run', '--project', dir], { encoding: 'utf8', cwd: dir, env, timeout: 180_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const literals = [...documents.map((d) => csharp.lit(d)), ...expressions.map(([v]) => csharp.expr(v))];

// One build for everything, in a hook (a build can outlast a test's timeout on a busy machine):
// the tests then read what each literal evaluated to.
const evaluated = new Map<string, string>();
function evaluate(wanted: string[]): string[] {
  const missing = [...new Set(wanted.filter((l) => !evaluated.has(l)))];
  if (missing.length) run(missing).forEach((value, i) => evaluated.set(missing[i]!, value));
  return wanted.map((l) => evaluated.get(l)!);
}
beforeAll(() => {
  if (dotnetAvailable) evaluate([...HOSTILE_STRINGS.map((s) => csharp.str(s)), ...literals]);
}, 300_000);

printerSuite('csharp', { unavailable: () => (dotnetAvailable ? undefined : 'dotnet is not installed'), evaluate });

describe('csharp str', () => {
  it('uses only fixed-length escapes, so a digit after an escape stays a digit', () => {
    expect(csharp.str('\u00001\t2\u20283')).toBe('"\\01\\t2\\u20283"');
    expect(csharp.str('😀 é {x}')).toBe('"😀 é {x}"');
  });
});

describe('csharp lit and expr', () => {
  it('prints a JSON document as a string literal of its compact text', () => {
    expect(csharp.lit({ a: [1, 'b"'], n: 12345678901234567890n })).toBe('"{\\"a\\":[1,\\"b\\\\\\"\\"],\\"n\\":12345678901234567890}"');
  });

  it('parenthesises an environment lookup inside a concatenation', () => {
    expect(csharp.expr(expressions[2]![0])).toBe('Environment.GetEnvironmentVariable("SNIPGEN_UNSET_TOKEN") ?? "<token>"');
    expect(csharp.expr(expressions[1]![0])).toBe(
      '"https://x/?k=" + Uri.EscapeDataString(Environment.GetEnvironmentVariable("SNIPGEN_UNSET_KEY") ?? "a+b/c= é")',
    );
  });

  it.skipIf(!dotnetAvailable)('every JSON document and expression evaluates to its exact text through real C#', () => {
    expect(evaluate(literals)).toEqual([...documents.map((d) => stringifyJson(d)), ...expressions.map(([, text]) => text)]);
  });
});
