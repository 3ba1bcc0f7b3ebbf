import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kotlin } from '../../src/lang/kotlin.js';
import { which } from '../../src/verify/toolchain.js';
import { fixtureEndpoint } from '../support.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

/** Debian's kotlin package: kotlinc, and the standard library a compiled program runs with (its `kotlin` launcher is broken there). */
const STDLIB = '/usr/share/java/kotlin-stdlib.jar';
// kotlinc -version starts the whole compiler, which can outlast a probe's time limit on a busy machine: its presence is checked instead.
const available = () => (which('kotlinc') && existsSync(STDLIB) && hasCommand('java', ['-version']) ? undefined : 'kotlinc (Debian package kotlin) is not installed');

/** Compiles one Kotlin program with kotlinc and runs it; it prints each expression's UTF-8 bytes as hex. */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-kotlin-'));
  try {
    writeFileSync(
      join(dir, 'main.kt'),
      `fun main() {
    // No trailing comma: Kotlin 1.3 has none.
    val values = listOf(
${expressions.map((e) => `        ${e}`).join(',\n')}
    )
    for (value in values) {
        println(value.toByteArray(Charsets.UTF_8).joinToString("") { "%02x".format(it) })
    }
}
`,
    );
    const run = (command: string, args: string[]) => execFileSync(command, args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      run('kotlinc', ['-nowarn', '-d', 'out', 'main.kt']);
      return fromHexLines(run('java', ['-cp', `${STDLIB}:out`, 'MainKt']));
    } catch (e) {
      throw new Error(`kotlin failed: ${String((e as { stderr?: string }).stderr ?? e).slice(0, 2000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('kotlin', { unavailable: available, evaluate });

describe('kotlin str', () => {
  it('escapes $ always, and what ends a literal or a line', () => {
    expect(kotlin.str('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(kotlin.str('$x ${y}')).toBe('"\\$x \\${y}"');
    expect(kotlin.str('\0\u2028\u007f\ud800')).toBe('"\\u0000\\u2028\\u007f\\ud800"');
    // A value holding the six characters \u000a stays six characters: the backslash is doubled.
    expect(kotlin.str('\\u000a')).toBe('"\\\\u000a"');
    expect(kotlin.str('é ☕ 😀')).toBe('"é ☕ 😀"');
  });

  it('splits a value too long for one class file constant, never inside a surrogate pair', () => {
    expect(kotlin.str('x'.repeat(21_844))).toBe(`"${'x'.repeat(21_844)}"`);
    expect(kotlin.str('x'.repeat(21_845))).toBe(`listOf("${'x'.repeat(21_844)}", "x").joinToString("")`);
    const emoji = kotlin.str('a' + '😀'.repeat(11_000));
    expect(emoji).toMatch(/^listOf\("a(😀){10921}", "(😀){79}"\)\.joinToString\(""\)$/);
  });

  it.skipIf(available() !== undefined)('long, NUL-heavy and escape-like values evaluate back in real Kotlin', () => {
    const values = ['x'.repeat(70_000), '😀'.repeat(12_000), '\0'.repeat(40_000), '\\u000a\\u0022 \\\\u0041 \\$x', 'é'.repeat(33_000)];
    expect(evaluate(values.map((v) => kotlin.str(v)))).toEqual(values);
  });
});

describe('kotlin expr and lit', () => {
  it('reads secrets from the environment with the placeholder as fallback', () => {
    expect(kotlin.expr({ text: '<t>', isLiteral: false, parts: [{ kind: 'literal', text: 'Bearer ' }, { kind: 'env', name: 'TOKEN', fallback: '<t>', urlEncode: false }] })).toBe(
      '"Bearer " + (System.getenv("TOKEN") ?: "<t>")',
    );
    expect(kotlin.expr({ text: '<k>', isLiteral: false, parts: [{ kind: 'env', name: 'KEY', fallback: '<k>', urlEncode: true }] })).toBe('URLEncoder.encode((System.getenv("KEY") ?: "<k>"), "UTF-8")');
  });

  it('prints JSON as the string literal of its pretty text, big integers exact', () => {
    expect(kotlin.lit({ a: [9007199254740993n], b: '$x' })).toBe('"{\\n  \\"a\\": [\\n    9007199254740993\\n  ],\\n  \\"b\\": \\"\\$x\\"\\n}"');
  });

  it('imports what the program uses', () => {
    expect(kotlin.helpers!.okhttpImports!(fixtureEndpoint('hostile', 'runnable'))).toContain('import okhttp3.Headers');
    expect(kotlin.helpers!.okhttpImports!(fixtureEndpoint('auth-api-key-query', 'runnable'))).toContain('import java.net.URLEncoder');
  });
});
