import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { packageRoot } from './paths.js';

/**
 * The tree-sitter WebAssembly grammar of each language snipgen checks, by file name in
 * @cursorless/tree-sitter-wasms 0.7.0, one source for all of them. That package is 44 MB of
 * grammars, so it is a build-time dependency only: `npm run build` (scripts/grammars.mjs) keeps
 * the grammars named here, brotli-compressed, in dist/grammars/, and the package ships those.
 * Known gap of every Swift wasm build tried: raw strings (`#"..."#`) parse as errors although the
 * native grammar accepts them, so Swift snippets use escaped strings.
 */
export const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  python: 'tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript.wasm',
  go: 'tree-sitter-go.wasm',
  ruby: 'tree-sitter-ruby.wasm',
  java: 'tree-sitter-java.wasm',
  php: 'tree-sitter-php.wasm',
  csharp: 'tree-sitter-c_sharp.wasm',
  swift: 'tree-sitter-swift.wasm',
  shell: 'tree-sitter-bash.wasm',
  c: 'tree-sitter-c.wasm',
  rust: 'tree-sitter-rust.wasm',
  haskell: 'tree-sitter-haskell.wasm',
  r: 'tree-sitter-r.wasm',
  kotlin: 'tree-sitter-kotlin.wasm',
  clojure: 'tree-sitter-clojure.wasm',
  perl: 'tree-sitter-perl.wasm',
  // The browser clients' printers write JavaScript.
  browser: 'tree-sitter-javascript.wasm',
  lua: 'tree-sitter-lua.wasm',
  elixir: 'tree-sitter-elixir.wasm',
};

/** Where the build keeps a compressed grammar, relative to the package root. */
export function grammarPath(file: string): string {
  return join('dist', 'grammars', `${file}.br`);
}

/** The grammar's wasm bytes, as web-tree-sitter's Language.load takes them. */
export function grammarBytes(language: string): Uint8Array {
  const file = GRAMMAR_FILES[language];
  if (!file) throw new Error(`no tree-sitter grammar for ${language}`);
  return brotliDecompressSync(readFileSync(join(packageRoot(), grammarPath(file))));
}
