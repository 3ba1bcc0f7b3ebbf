import { Language as Grammar, Parser, type Node } from 'web-tree-sitter';
import type { Language } from '../clients/types.js';
import { GRAMMAR_FILES, grammarBytes } from '../grammars.js';
import { parseHttpMessage } from './http.js';

export interface SyntaxProblem {
  /** 1-based line. */
  line: number;
  /** 1-based column, in characters (UTF-16 code units) like an editor shows. */
  col: number;
  message: string;
}

/** Languages without a tree-sitter grammar, checked by a parser of snipgen's own. */
const PARSERS: Record<string, (code: string) => SyntaxProblem[]> = {
  http: (code) => parseHttpMessage(code).problems,
};

let runtime: Promise<void> | undefined;
const parsers = new Map<Language, Promise<Parser>>();

/** One parser per language, its grammar loaded on first use and kept. */
function parserFor(language: Language): Promise<Parser> {
  let parser = parsers.get(language);
  if (!parser) {
    if (!(language in GRAMMAR_FILES)) return Promise.reject(new Error(`no tree-sitter grammar for ${language}`));
    parser = (runtime ??= Parser.init()).then(async () => new Parser().setLanguage(await Grammar.load(grammarBytes(language))));
    parsers.set(language, parser);
  }
  return parser;
}

/** Whether snipgen has a grammar to check `language` with. */
export function hasGrammar(language: Language): boolean {
  return language in GRAMMAR_FILES || language in PARSERS;
}

/**
 * Parses `code` with the language's tree-sitter grammar and returns every ERROR and MISSING
 * node, outermost first in source order; an empty list means the code parses. This checks
 * syntax only: names, types and imports are not resolved, and string contents (JSON payloads
 * included) are not parsed further.
 */
export async function checkSyntax(language: Language, code: string): Promise<SyntaxProblem[]> {
  const parse = PARSERS[language];
  if (parse) return parse(code);
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
