import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clojure } from '../../src/lang/clojure.js';
import type { JsonValue } from '../../src/model.js';
import { fixtureEndpoint } from '../support.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

/** Debian's Clojure jar, with the spec jars its manifest names. */
const CLOJURE = '/usr/share/java/clojure-1.11.jar';
const CHESHIRE = ['cheshire', 'jackson-core', 'jackson-dataformat-cbor', 'jackson-dataformat-smile', 'tigris'].map((j) => `/usr/share/java/${j}.jar`);
const available = () => (existsSync(CLOJURE) && hasCommand('java', ['-version']) ? undefined : 'Clojure (Debian package clojure) is not installed');

/** Loads one Clojure script that prints each expression's UTF-8 bytes as hex, one a line. */
function run(body: string, classpath: string[] = []): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-clojure-'));
  try {
    writeFileSync(join(dir, 'main.clj'), body);
    try {
      const out = execFileSync('java', ['-cp', [CLOJURE, ...classpath].join(':'), 'clojure.main', 'main.clj'], { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 26, timeout: 300_000, stdio: ['ignore', 'pipe', 'pipe'] });
      return fromHexLines(out);
    } catch (e) {
      throw new Error(`clojure failed: ${String((e as { stderr?: string }).stderr ?? e).slice(0, 2000)}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const HEX = '(defn hex [^String s] (apply str (map #(format "%02x" (bit-and % 0xff)) (.getBytes s "UTF-8"))))\n';

function evaluate(expressions: string[]): string[] {
  // Inside a function, so the literals are compiled into a class (and its constant pool) as in a snippet.
  return run(`${HEX}(defn values [] [${expressions.join('\n')}])\n(doseq [v (values)] (println (hex v)))\n`);
}

printerSuite('clojure', { unavailable: available, evaluate });

describe('clojure str', () => {
  it('escapes what ends a literal or a line; $, #{ and ~ are plain text', () => {
    expect(clojure.str('a"b\\c\nd\re\tf')).toBe('"a\\"b\\\\c\\nd\\re\\tf"');
    expect(clojure.str('$x #{y} ~z')).toBe('"$x #{y} ~z"');
    expect(clojure.str('\0\u2028\ud800')).toBe('"\\u0000\\u2028\\ud800"');
    expect(clojure.str('é ☕ 😀')).toBe('"é ☕ 😀"');
  });

  it('joins literals with str for a value too long for one class file constant', () => {
    expect(clojure.str('x'.repeat(21_845))).toBe(`(str "${'x'.repeat(21_844)}" "x")`);
  });

  it.skipIf(available() !== undefined)('long, NUL-heavy and escape-like values evaluate back in real Clojure', () => {
    const values = ['x'.repeat(70_000), '😀'.repeat(12_000), '\0'.repeat(40_000), '\\u000a\\" \\\\u0041', 'é'.repeat(33_000)];
    expect(evaluate(values.map((v) => clojure.str(v)))).toEqual(values);
  });
});

describe('clojure lit', () => {
  const value: JsonValue = { a: [1, 'two', null, true], big: 12345678901234567890n, f: 3.5, nested: { list: ['x'.repeat(20), 'y'.repeat(20)], deep: { k: [{ a: 1 }, []] } }, e: {} };

  it('prints maps with string keys and vectors, a long collection on the line after its key', () => {
    expect(clojure.lit(value, '  ')).toBe(
      [
        '{"a" [1 "two" nil true]',
        '   "big" 12345678901234567890',
        '   "f" 3.5',
        '   "nested"',
        '     {"list" ["xxxxxxxxxxxxxxxxxxxx" "yyyyyyyyyyyyyyyyyyyy"]',
        '      "deep" {"k" [{"a" 1} []]}}',
        '   "e" {}}',
      ].join('\n'),
    );
  });

  it.skipIf(available() !== undefined || !CHESHIRE.every(existsSync))('cheshire writes the printed data back as the same JSON', () => {
    const text = run(`(require '[cheshire.core :as json])\n${HEX}(println (hex (json/generate-string ${clojure.lit(value)})))\n`, CHESHIRE)[0]!;
    expect(JSON.parse(text.replace('12345678901234567890', '"big"'))).toEqual({ ...JSON.parse(JSON.stringify({ ...value, big: 'big' })) });
    expect(text).toContain('"big":12345678901234567890');
  });
});

describe('clojure expr and helpers', () => {
  it('reads secrets from the environment with the placeholder as fallback', () => {
    expect(clojure.expr({ text: '<t>', isLiteral: false, parts: [{ kind: 'literal', text: 'Bearer ' }, { kind: 'env', name: 'TOKEN', fallback: '<t>', urlEncode: false }] })).toBe(
      '(str "Bearer " (or (System/getenv "TOKEN") "<t>"))',
    );
  });

  it('groups a repeated header into a vector, in order', () => {
    expect(clojure.helpers!.cljHeaderEntries!(fixtureEndpoint('headers', 'runnable'))).toContain('"X-Trace" ["first" "second"]');
  });
});
