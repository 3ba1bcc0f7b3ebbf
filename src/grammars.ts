import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { packageRoot } from './paths.js';

/**
 * The tree-sitter WebAssembly grammar of each language snipgen checks, as the file's path in the
 * npm package that has it: @cursorless/tree-sitter-wasms 0.7.0 for all but C#, whose grammar there
 * predates target-typed `new(...)` (C# 9), so it comes from tree-sitter-c-sharp 0.23.5. Both are
 * build-time dependencies only: `npm run build` (scripts/grammars.mjs) keeps the grammars named
 * here, brotli-compressed, in dist/grammars/, and the package ships those.
 * Known gap of every Swift wasm build tried: raw strings (`#"..."#`) parse as errors although the
 * native grammar accepts them, so Swift snippets use escaped strings.
 */
export const GRAMMAR_FILES: Readonly<Record<string, string>> = {
  python: '@cursorless/tree-sitter-wasms/out/tree-sitter-python.wasm',
  javascript: '@cursorless/tree-sitter-wasms/out/tree-sitter-javascript.wasm',
  go: '@cursorless/tree-sitter-wasms/out/tree-sitter-go.wasm',
  ruby: '@cursorless/tree-sitter-wasms/out/tree-sitter-ruby.wasm',
  java: '@cursorless/tree-sitter-wasms/out/tree-sitter-java.wasm',
  php: '@cursorless/tree-sitter-wasms/out/tree-sitter-php.wasm',
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  swift: '@cursorless/tree-sitter-wasms/out/tree-sitter-swift.wasm',
  shell: '@cursorless/tree-sitter-wasms/out/tree-sitter-bash.wasm',
  c: '@cursorless/tree-sitter-wasms/out/tree-sitter-c.wasm',
  rust: '@cursorless/tree-sitter-wasms/out/tree-sitter-rust.wasm',
  haskell: '@cursorless/tree-sitter-wasms/out/tree-sitter-haskell.wasm',
  r: '@cursorless/tree-sitter-wasms/out/tree-sitter-r.wasm',
  kotlin: '@cursorless/tree-sitter-wasms/out/tree-sitter-kotlin.wasm',
  clojure: '@cursorless/tree-sitter-wasms/out/tree-sitter-clojure.wasm',
  perl: '@cursorless/tree-sitter-wasms/out/tree-sitter-perl.wasm',
  // The browser clients' printers write JavaScript.
  browser: '@cursorless/tree-sitter-wasms/out/tree-sitter-javascript.wasm',
  lua: '@cursorless/tree-sitter-wasms/out/tree-sitter-lua.wasm',
  elixir: '@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm',
};

/** Where the build keeps a compressed grammar, relative to the package root. */
export function grammarPath(file: string): string {
  return join('dist', 'grammars', `${basename(file)}.br`);
}

/** The grammar's wasm bytes, as web-tree-sitter's Language.load takes them. */
export function grammarBytes(language: string): Uint8Array {
  const file = GRAMMAR_FILES[language];
  if (!file) throw new Error(`no tree-sitter grammar for ${language}`);
  // zlib is loaded here, not on import: a run without a syntax check never needs it.
  const { brotliDecompressSync } = createRequire(import.meta.url)('node:zlib') as typeof import('node:zlib');
  return brotliDecompressSync(readFileSync(join(packageRoot(), grammarPath(file))));
}
