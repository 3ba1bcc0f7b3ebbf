import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenError } from '../../src/errors.js';
import { PRINTERS } from '../../src/lang/index.js';
import { java } from '../../src/lang/java.js';
import type { Endpoint, MultipartFile } from '../../src/model.js';
import { fixtureEndpoint } from '../support.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const available = () => (hasCommand('java', ['-version']) ? undefined : 'java is not installed');

/** Compiles and runs one Java program (source-file mode) that prints each expression's UTF-8 bytes as hex. */
function evaluate(expressions: string[]): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-java-'));
  try {
    writeFileSync(
      join(dir, 'Main.java'),
      `import java.nio.charset.StandardCharsets;

public class Main {
    public static void main(String[] args) {
        String[] values = {
${expressions.map((e) => `            ${e},`).join('\n')}
        };
        for (String value : values) {
            StringBuilder hex = new StringBuilder();
            for (byte b : value.getBytes(StandardCharsets.UTF_8)) hex.append(String.format("%02x", b));
            System.out.println(hex);
        }
    }
}
`,
    );
    try {
      return fromHexLines(execFileSync('java', ['Main.java'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 120_000, stdio: ['ignore', 'pipe', 'pipe'] }));
    } catch (e) {
      // javac quotes the offending line, which can be a 70,000-character literal.
      throw new Error(`java failed: ${String((e as { stderr?: string }).stderr ?? e).slice(0, 2000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

printerSuite('java', { unavailable: available, evaluate });

// The helpers java's templates see: the client modules' merged with the language's.
const helper = (name: string) => PRINTERS.java!.helpers![name]!;
const endpoint = (fixture: string, style: 'runnable' | 'reference' = 'runnable') => fixtureEndpoint(fixture, style);

describe('java str', () => {
  it('escapes what ends a literal and never prints a \\u escape for a line break, quote or backslash', () => {
    expect(java.str('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(java.str('\0\u2028\u007f')).toBe('"\\u0000\\u2028\\u007f"');
    // A value holding the six characters \u000a stays six characters: the backslash is doubled.
    expect(java.str('\\u000a')).toBe('"\\\\u000a"');
    expect(java.str('é ☕ 😀')).toBe('"é ☕ 😀"');
  });

  it('splits a value too long for one class file constant into String.join of literals', () => {
    expect(java.str('x'.repeat(65_534))).toBe(`"${'x'.repeat(65_534)}"`);
    expect(java.str('x'.repeat(65_535))).toBe(`String.join("", "${'x'.repeat(65_534)}", "x")`);
    // An emoji takes six bytes (two surrogates) and is never cut in half.
    expect(java.str('😀'.repeat(10_923))).toMatch(/^String\.join\("", "(😀){10922}", "😀"\)$/);
  });

  it.skipIf(available() !== undefined)('long, NUL-heavy and escape-like values evaluate back in real java', () => {
    const values = ['x'.repeat(70_000), '😀'.repeat(12_000), '\0'.repeat(40_000), '\\u000a\\u0022 \\\\u0041', 'é'.repeat(33_000)];
    expect(evaluate(values.map((v) => java.str(v)))).toEqual(values);
  });
});

describe('java lit and expr', () => {
  it('prints JSON as the string literal of its pretty text, big integers exact', () => {
    expect(java.lit({ a: [1, 9007199254740993n], b: 'x"y' })).toBe('"{\\n  \\"a\\": [\\n    1,\\n    9007199254740993\\n  ],\\n  \\"b\\": \\"x\\\\\\"y\\"\\n}"');
  });

  it('reads secrets from the environment with the placeholder as fallback', () => {
    expect(java.expr({ text: '<t>', isLiteral: false, parts: [{ kind: 'literal', text: 'Bearer ' }, { kind: 'env', name: 'TOKEN', fallback: '<t>', urlEncode: false }] })).toBe(
      '"Bearer " + System.getenv().getOrDefault("TOKEN", "<t>")',
    );
    expect(java.expr({ text: '<k>', isLiteral: false, parts: [{ kind: 'env', name: 'KEY', fallback: '<k>', urlEncode: true }] })).toBe(
      'URLEncoder.encode(System.getenv().getOrDefault("KEY", "<k>"), StandardCharsets.UTF_8)',
    );
  });
});

describe('java/unirest helpers', () => {
  const lowLevel = (e: Endpoint) => helper('unirestLowLevel')(e) as string;

  it('sends what Unirest 1.x can express through Unirest', () => {
    for (const fixture of ['method-get', 'method-head', 'method-options', 'body-multipart', 'hostile', 'hostile-form', 'query-params']) {
      expect(lowLevel(endpoint(fixture)), fixture).toBe('');
    }
  });

  it('names why a request goes through the Apache HttpClient under Unirest', () => {
    expect(lowLevel(endpoint('method-custom'))).toMatch(/^Unirest 1\.x has no custom methods: PURGE/);
    expect(lowLevel(endpoint('path-params'))).toMatch(/^Unirest 1\.x would send %2F in the path as "\/"/);
    const multipart = endpoint('body-multipart');
    const parts = multipart.body!.kind === 'multipart' ? multipart.body.parts : [];
    const withBody = (changes: Partial<Endpoint>) => ({ ...multipart, ...changes });
    expect(lowLevel(withBody({ method: 'GET' }))).toMatch(/sends no body with GET/);
    expect(lowLevel(withBody({ query: [{ name: 'größe', value: { text: '1', parts: [{ kind: 'literal', text: '1' }], isLiteral: true } }] }))).toMatch(/query names in the platform charset/);
    expect(lowLevel(withBody({ body: { kind: 'multipart', parts: parts.filter((p) => p.kind === 'field') } }))).toMatch(/without files/);
    expect(lowLevel(withBody({ body: { kind: 'multipart', parts: [parts[2]!, parts[0]!, parts[3]!, parts[1]!, parts[4]!].map((p, i) => (i === 3 ? { ...p, name: 'avatar' } : p)) } }))).toMatch(
      /groups multipart parts by name/,
    );
    expect(lowLevel(withBody({ body: { kind: 'multipart', parts: [{ ...parts[2]!, name: 'bild ☕' }] } }))).toMatch(/as ASCII/);
  });

  it('refuses a multipart name with a line break, which httpmime would write unescaped', () => {
    const multipart = endpoint('body-multipart');
    const broken = { ...multipart, body: { kind: 'multipart' as const, parts: [{ kind: 'field' as const, name: 'a\nb', value: 'v' }] } };
    expect(() => lowLevel(broken)).toThrow(SnipgenError);
  });

  it('uses new File(path) only where Unirest gets the filename and content type right', () => {
    const multipart = endpoint('body-multipart');
    const body = multipart.body!;
    const files = body.kind === 'multipart' ? body.parts.filter((p): p is MultipartFile => p.kind === 'file') : [];
    // avatar: its own name and type; attachments: two content types under one name.
    expect(files.map((f) => helper('unirestFilePart')(f, body))).toEqual([true, false, false]);
  });

  it('configures UTF-8 header values only when a header is not ASCII', () => {
    expect(helper('unirestUtf8Headers')(endpoint('hostile'))).toBe(true);
    expect(helper('unirestUtf8Headers')(endpoint('headers'))).toBe(false);
  });
});

describe('java/httpclient helpers', () => {
  it('refuses non-ASCII header values, which java.net.http would send as ?', () => {
    expect(() => helper('httpclientHeaders')(endpoint('hostile'))).toThrow(/java\.net\.http writes header values as US-ASCII/);
  });

  it('lets restricted headers through the JDK property, and refuses a header that frames the body', () => {
    const get = endpoint('method-get');
    const withHeaders = (...names: string[]) => ({ ...get, headers: names.map((name) => ({ name, value: { text: 'x', parts: [{ kind: 'literal' as const, text: 'x' }], isLiteral: true } })) });
    expect(helper('httpclientRestricted')(withHeaders('Host', 'Accept', 'Connection'))).toBe('host,connection');
    expect(() => helper('httpclientRestricted')(withHeaders('Content-Length'))).toThrow(SnipgenError);
  });

  it('quotes multipart names and filenames the WHATWG way', () => {
    expect(helper('partHead')({ kind: 'file', name: 'a"b', path: 'f', absPath: '/f', filename: 'x\r\ny".txt', contentType: 'text/plain' })).toBe(
      '"\\r\\nContent-Disposition: form-data; name=\\"a%22b\\"; filename=\\"x%0D%0Ay%22.txt\\"\\r\\nContent-Type: text/plain\\r\\n\\r\\n"',
    );
  });
});
