import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import type { Language } from '../src/clients/types.js';
import { checkSyntax, hasGrammar } from '../src/syntax/index.js';
import { ROOT, UNSUPPORTED_GOLDEN } from './support.js';

/** Every client's golden folders (clients/<language>/<client>/golden/<set>) on disk. */
function goldenFolders(): Array<[string, Language, string]> {
  return CLIENTS.flatMap((client) => {
    const golden = join(client.dir, 'golden');
    if (!existsSync(golden)) return [];
    return readdirSync(golden, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      // The code is in its printers' language (node/http is JavaScript).
      .map((e) => [`${client.id} ${e.name}`, client.printers, join(golden, e.name)] as [string, Language, string]);
  });
}

const [checked, unchecked] = [goldenFolders().filter(([, l]) => hasGrammar(l)), goldenFolders().filter(([, l]) => !hasGrammar(l))];

// Needs no toolchain: it is the one check every language's goldens get on any machine (Swift's
// only one, as no Swift toolchain is installed here).
describe('every golden parses with its language\'s tree-sitter grammar', () => {
  it.skip.each(unchecked)('%s (skipped: no tree-sitter grammar for this language; its compiler\'s check runs in verify)', () => {});
  it.each(checked)('%s', async (_label, language, dir) => {
    const problems: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name);
      const code = readFileSync(file, 'utf8');
      if (code.startsWith(UNSUPPORTED_GOLDEN)) continue;
      for (const p of await checkSyntax(language, code)) {
        problems.push(`${relative(ROOT, file)}:${p.line}:${p.col}: ${p.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('checkSyntax', () => {
  const broken: Record<string, string> = {
    python: 'print("a"\n',
    javascript: 'const a = {;\n',
    go: 'package main\nfunc main() {\n',
    ruby: 'puts(1\n',
    java: 'class A { void f() { int x = ; } }\n',
    php: '<?php\necho "a"\n$b = ;\n',
    csharp: 'var a = new A(;\n',
    swift: 'let a = "abc\n',
    shell: 'if true; then\n',
    kotlin: 'fun main() {\n    val a = listOf(1,\n',
    clojure: '(defn -main []\n  (println "a"\n',
  };

  it.each(Object.keys(broken).map((l) => [l]))('finds the error in broken %s', async (language) => {
    expect(hasGrammar(language)).toBe(true);
    const problems = await checkSyntax(language, broken[language]!);
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.line).toBeGreaterThan(0);
  });

  it('reports line, character column and what it found', async () => {
    expect(await checkSyntax('python', 'x = 1\ny = ["😀", 1 2]\n')).toEqual([{ line: 2, col: 14, message: 'unexpected "2"' }]);
    expect(await checkSyntax('swift', 'let a = "abc\n')).toEqual([{ line: 2, col: 1, message: 'missing "' }]);
  });

  it('accepts clean code, including the Swift runnable style\'s constructs', async () => {
    expect(await checkSyntax('php', '<?php\n\necho "a";\n')).toEqual([]);
    const swift = [
      'import Foundation',
      '#if canImport(FoundationNetworking)',
      'import FoundationNetworking',
      '#endif',
      '',
      'var request = URLRequest(url: URL(string: "http://127.0.0.1/a")!)',
      'request.httpBody = Data("\\u{1F600}\\u{2028}\\0\\\\(x)".utf8)',
      'let (data, response) = try await URLSession.shared.data(for: request)',
      'print((response as! HTTPURLResponse).statusCode)',
    ].join('\n');
    expect(await checkSyntax('swift', swift)).toEqual([]);
  });
});
