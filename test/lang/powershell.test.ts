import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { powershell } from '../../src/lang/powershell.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { parseJsonExact } from '../../src/json.js';
import { generate } from '../../src/output/index.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { hasCommand, printerSuite } from './suite.js';

/** pwsh on PATH, else where the brief's `dotnet tool install --tool-path` puts it. */
const PWSH = hasCommand('pwsh', ['-NoProfile', '-Command', 'exit 0']) ? 'pwsh' : existsSync('/opt/pwsh-7.6.10/pwsh') ? '/opt/pwsh-7.6.10/pwsh' : undefined;

/**
 * Runs one script printing every expression's UTF-16 code units as hex, one per line: code
 * units keep a lone surrogate, which any encoding .NET offers would turn into U+FFFD. It is a file, as a
 * snippet is (pwsh reads a BOM-less file as UTF-8).
 */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-pwsh-'));
  try {
    const file = join(dir, 'values.ps1');
    const body = expressions.map((e) => `    ${e}`).join(',\n');
    writeFileSync(file, `$values = @(\n${body}\n)\nforeach ($v in $values) { -join ([string]$v).ToCharArray().ForEach({ '{0:X4}' -f [int]$_ }) }\n`);
    const env = { PATH: process.env.PATH ?? '', HOME: dir, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', SNIPGEN_SET: 'from-env' };
    const output = execFileSync(PWSH!, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', env, timeout: 120_000 });
    return output
      .split('\n')
      .map((line) => line.trim())
      .filter((line, i, all) => i < all.length - 1 || line !== '')
      .map((line) => String.fromCharCode(...(line.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('powershell', { unavailable: () => (PWSH ? undefined : 'pwsh is not installed (dotnet tool install PowerShell --version 7.6.10 --tool-path /opt/pwsh-7.6.10)'), evaluate });

describe('powershell printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (name: string, fallback: string, urlEncode = false): Part => ({ kind: 'env', name, fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });

  it('prefers single quotes, and double quotes only where escapes are needed', () => {
    expect(powershell.str("it's $x `y`")).toBe("'it''s $x `y`'");
    expect(powershell.str('a\nb"$x`')).toBe('"a`nb`"`$x``"');
    // PowerShell ends a string at a typographic quote as at an ASCII one.
    expect(powershell.str('‘q’ “q”')).toBe('"`u{2018}q`u{2019} `u{201C}q`u{201D}"');
    expect(powershell.str('\ud800')).toBe('"$([char]0xD800)"');
  });

  it('reads secrets from the environment, joined to the literals with +', () => {
    expect(powershell.expr(value(lit('Bearer '), env('API_TOKEN', '<token>')))).toBe("('Bearer ' + ($env:API_TOKEN ?? '<token>'))");
  });

  const documents: JsonValue[] = [{ a: [true, false, null, 1.5, 1e21, 5e-324, -0.25, 9007199254740993n, -12345678901234567890n], b: {}, c: [] }, [...HOSTILE_STRINGS], { [HOSTILE_STRINGS.at(-1)!]: '\ud800' }];

  it.skipIf(!PWSH)('expr and lit evaluate to what they denote through real pwsh, in one script', () => {
    const strings = [...HOSTILE_STRINGS, '\ud800x\udc00', '‘’‚‛“”„'];
    const expressions = [
      ...strings.map((s) => powershell.str(s)),
      ...strings.map((s) => powershell.expr(value(lit(s), env('SNIPGEN_UNSET_VARIABLE', s), lit(`$${s}$`), env('SNIPGEN_SET', 'unused'), env('SNIPGEN_UNSET_VARIABLE', 'a b+/=', true)))),
      ...documents.map((d) => powershell.lit(d)),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings);
    expect(results.slice(n, 2 * n)).toEqual(strings.map((s) => `${s}${s}$${s}$from-enva%20b%2B%2F%3D`));
    expect(results.slice(2 * n).map((text) => parseJsonExact(text))).toEqual(documents);
  });
});

describe('powershell snippets', () => {
  // Invoke-RestMethod's error ends its statement, not the script: without $ErrorActionPreference
  // = 'Stop' a script whose request never left printed nothing more and exited 0.
  it.skipIf(!PWSH)('stop with exit status 1 when the request cannot be made', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-pwsh-'));
    try {
      const spec = join(dir, 'unreachable.yaml');
      // Port 9 (discard) on the loopback: nothing listens, the connection is refused at once.
      writeFileSync(spec, 'id: unreachable\nmethod: POST\nbaseUrl: http://127.0.0.1:9\npath: /v1/things\nbody:\n  json:\n    a: 1\n');
      const { files } = generate({ inputs: [spec], clients: ['powershell/invoke-restmethod', 'powershell/invoke-webrequest'] });
      const scripts = files.filter((f) => f.path.endsWith('.ps1'));
      expect(scripts.map((f) => f.path)).toEqual(['unreachable/powershell-invoke-restmethod.ps1', 'unreachable/powershell-invoke-webrequest.ps1']);
      for (const { path, content } of scripts) {
        const file = join(dir, path.replace('/', '-'));
        writeFileSync(file, content);
        const env = { PATH: process.env.PATH ?? '', HOME: dir, POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off', NO_COLOR: '1' };
        const run = spawnSync(PWSH!, ['-NoProfile', '-NonInteractive', '-File', file], { encoding: 'utf8', env, timeout: 120_000 });
        expect([path, run.status, run.stdout]).toEqual([path, 1, '']);
        expect(run.stderr).toContain('Connection refused');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
