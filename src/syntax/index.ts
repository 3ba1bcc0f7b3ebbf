import { createRequire } from 'node:module';
import { Language as Grammar, Parser, type Node } from 'web-tree-sitter';
import type { Language } from '../clients/types.js';

export interface SyntaxProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters (UTF-16 code units) like an editor shows. */
  col: number;
  message: string;
}

/**
 * The wasm grammar of each language, from the npm packages pinned exactly in package.json;
 * web-tree-sitter 0.27.2 loads all of them (ABI 14 and 15). The tree-sitter-swift package ships
 * no wasm, so Swift's comes from @cursorless/tree-sitter-wasms 0.7.0 (tree-sitter-swift built by
 * tree-sitter-cli 0.24). Known gap of every Swift wasm build tried: raw strings (`#"..."#`) parse
 * as errors although the native grammar accepts them, so Swift snippets use escaped strings.
 * PHP uses the `php` grammar, not `php_only`: snippets start with `<?php`.
 */
const GRAMMARS: Record<string, string> = {
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  go: 'tree-sitter-go/tree-sitter-go.wasm',
  ruby: 'tree-sitter-ruby/tree-sitter-ruby.wasm',
  java: 'tree-sitter-java/tree-sitter-java.wasm',
  php: 'tree-sitter-php/tree-sitter-php.wasm',
  csharp: 'tree-sitter-c-sharp/tree-sitter-c_sharp.wasm',
  swift: '@cursorless/tree-sitter-wasms/out/tree-sitter-swift.wasm',
  shell: 'tree-sitter-bash/tree-sitter-bash.wasm',
  // JavaScript as a web page runs it (src/lang/browser.ts).
  browser: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  lua: '@cursorless/tree-sitter-wasms/out/tree-sitter-lua.wasm',
  elixir: '@cursorless/tree-sitter-wasms/out/tree-sitter-elixir.wasm',
};

const require = createRequire(import.meta.url);
let runtime: Promise<void> | undefined;
const parsers = new Map<Language, Promise<Parser>>();

/** One parser per language, its grammar loaded on first use and kept. */
function parserFor(language: Language): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    const grammar = GRAMMARS[language];
    if (!grammar) return Promise.reject(new Error(`no tree-sitter grammar for ${language}`));
    parser = (runtime ??= Parser.init()).then(async () => new Parser().setLanguage(await Grammar.load(require.resolve(grammar))));
    parsers.set(language, parser);
  }
  return parser;
}

/**
 * Parses `code` with the language's tree-sitter grammar and returns every ERROR and MISSING
 * node, outermost first in source order; an empty list means the code parses. This checks
 * syntax only: names, types and imports are not resolved, and string contents (JSON payloads
 * included) are not parsed further.
 */
/** Whether snipgen has a grammar to check `language` with. */
export function hasGrammar(language: Language): boolean {
  return language in GRAMMARS;
}

export async function checkSyntax(language: Language, code: string): Promise<SyntaxProblem[]> {
  const tree = (await parserFor(language)).parse(code);
  if (!tree) throw new Error(`tree-sitter returned no tree for ${language}`);
  try {
    const problems: SyntaxProblem[] = [];
    const visit = (node: Node) => {
      if (node.isError || node.isMissing) {
        // web-tree-sitter parses the UTF-16 string, so its columns are already code units.
        const { row, column } = node.startPosition;
        const message = node.isMissing ? `missing ${node.type}` : `unexpected ${JSON.stringify(firstLine(node.text))}`;
        problems.push({ line: row + 1, col: column + 1, message });
        return;
      }
      if (!node.hasError) return;
      for (const child of node.children) if (child) visit(child);
    };
    visit(tree.rootNode);
    return problems;
  } finally {
    tree.delete();
  }
}

function firstLine(text: string): string {
  const line = text.split('\n')[0]!;
  return line.length > 40 ? `${line.slice(0, 40)}…` : line;
}
