import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { objc } from '../../src/lang/objc.js';
import type { JsonValue, Part, Value } from '../../src/model.js';
import { stringifyJson } from '../../src/json.js';
import { HOSTILE_STRINGS } from '../hostile.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

/** gnustep-config's flags, or undefined without GNUstep's Foundation. */
function gnustepFlags(what: '--objc-flags' | '--base-libs'): string[] | undefined {
  try {
    return execFileSync('gnustep-config', [what], { encoding: 'utf8' }).trim().split(/\s+/).filter((f) => f !== '-MMD' && f !== '-MP');
  } catch {
    return undefined;
  }
}

/** gcc's own include folder, which holds the GNU Objective-C runtime's headers (objc/objc.h). */
function gccInclude(): string | undefined {
  try {
    return execFileSync('gcc', ['-print-file-name=include'], { encoding: 'utf8' }).trim();
  } catch {
    return undefined;
  }
}

// The round trip compiles with clang against GNUstep's Foundation on the GNU runtime, where
// NSString literals (@"…") and array literals work as on Apple platforms (gcc's Objective-C has
// no @[…]); only NSURLSession does not.
const objcAvailable = hasCommand('clang', ['--version']) && gccInclude() !== undefined && gnustepFlags('--base-libs') !== undefined;

/** Builds and runs one Objective-C program printing every NSString's UTF-8 bytes as hex, one per line. */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-objc-'));
  try {
    const file = join(dir, 'main.m');
    const values = expressions.map((e) => `        ${e},\n`).join('');
    writeFileSync(
      file,
      `#import <Foundation/Foundation.h>\n\nint main(void) {\n    @autoreleasepool {\n    NSCharacterSet *unreserved = [NSCharacterSet characterSetWithCharactersInString:@"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"];\n    NSArray *values = @[\n${values}    ];\n    for (NSString *value in values) {\n        NSData *data = [value dataUsingEncoding:NSUTF8StringEncoding];\n        const unsigned char *bytes = data.bytes;\n        for (NSUInteger i = 0; i < data.length; i++) printf("%02x", bytes[i]);\n        printf("\\n");\n    }\n    (void)unreserved;\n    }\n    return 0;\n}\n`,
    );
    const out = join(dir, 'main');
    execFileSync('clang', ['-x', 'objective-c', '-fobjc-runtime=gcc', '-idirafter', gccInclude()!, ...gnustepFlags('--objc-flags')!, file, '-o', out, ...gnustepFlags('--base-libs')!], { cwd: dir, timeout: 120_000, stdio: ['ignore', 'ignore', 'pipe'] });
    return fromHexLines(execFileSync(out, [], { encoding: 'utf8', cwd: dir, timeout: 60_000 }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('objc', { unavailable: () => (objcAvailable ? undefined : 'clang, gcc\'s Objective-C runtime headers and GNUstep Foundation (gnustep-config) are not all installed'), evaluate });

describe('objc printers beyond str', () => {
  const lit = (text: string): Part => ({ kind: 'literal', text });
  const env = (fallback: string, urlEncode = false): Part => ({ kind: 'env', name: 'SNIPGEN_UNSET_VARIABLE', fallback, urlEncode });
  const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: false });
  const documents: JsonValue[] = [...HOSTILE_STRINGS, { a: [true, null, 1.5, 9007199254740993n], b: {}, c: [] }, 'x\u2028y\u0085', 7];

  it('escapes controls in octal, C1 controls as UTF-8 bytes, trigraphs, and refuses a lone surrogate', () => {
    expect(objc.str('\0\x7f\u0085\u2028😀??/')).toBe('@"\\000\\177\\302\\205\\u2028😀?\\?/"');
    expect(() => objc.str('\ud800')).toThrow(expect.objectContaining({ code: 'unsupported' }));
  });

  it('prints a JSON document as adjacent literals, one per line', () => {
    expect(objc.lit({ a: 1 }, '    ')).toBe('@"{\\n"\n        @"  \\"a\\": 1\\n"\n        @"}"');
  });

  it.skipIf(!objcAvailable)('expr and lit evaluate to what they denote through clang and GNUstep, in one program', () => {
    const strings = [...HOSTILE_STRINGS];
    const expressions = [
      ...strings.map((s) => objc.expr(value(lit(s), env(s), lit(`#${s}#`), env('a b+/=&', true), lit('{')))),
      ...documents.map((d) => objc.lit(d)),
      objc.expr(value(lit('Basic '), { kind: 'base64', parts: [env('user'), lit(':é')] })),
    ];
    const results = evaluate(expressions);
    const n = strings.length;
    expect(results.slice(0, n)).toEqual(strings.map((s) => `${s}${s}#${s}#a%20b%2B%2F%3D%26{`));
    expect(results.slice(n, n + documents.length)).toEqual(documents.map((d) => stringifyJson(d, 2)));
    expect(results.at(-1)).toBe(`Basic ${Buffer.from('user:é').toString('base64')}`);
  });
});
