import hljs from 'highlight.js/lib/core';
import bash from 'highlight.js/lib/languages/bash';
import c from 'highlight.js/lib/languages/c';
import clojure from 'highlight.js/lib/languages/clojure';
import crystal from 'highlight.js/lib/languages/crystal';
import csharp from 'highlight.js/lib/languages/csharp';
import elixir from 'highlight.js/lib/languages/elixir';
import go from 'highlight.js/lib/languages/go';
import haskell from 'highlight.js/lib/languages/haskell';
import http from 'highlight.js/lib/languages/http';
import java from 'highlight.js/lib/languages/java';
import javascript from 'highlight.js/lib/languages/javascript';
import kotlin from 'highlight.js/lib/languages/kotlin';
import lua from 'highlight.js/lib/languages/lua';
import objectivec from 'highlight.js/lib/languages/objectivec';
import ocaml from 'highlight.js/lib/languages/ocaml';
import perl from 'highlight.js/lib/languages/perl';
import php from 'highlight.js/lib/languages/php';
import powershell from 'highlight.js/lib/languages/powershell';
import python from 'highlight.js/lib/languages/python';
import r from 'highlight.js/lib/languages/r';
import ruby from 'highlight.js/lib/languages/ruby';
import rust from 'highlight.js/lib/languages/rust';
import swift from 'highlight.js/lib/languages/swift';
import type { LanguageFn } from 'highlight.js';

/** The highlight.js grammars the preview page uses, by highlight.js's own name. */
const GRAMMARS: Readonly<Record<string, LanguageFn>> = {
  bash, c, clojure, crystal, csharp, elixir, go, haskell, http, java, javascript, kotlin, lua, objectivec, ocaml, perl, php, powershell, python, r, ruby, rust, swift,
};

/**
 * A fence tag (client.yaml's `fence`) to the highlight.js grammar that reads it: the tags that
 * differ from highlight.js's names (`js`, `objc`, `sh`) point at the one grammar. A fence missing
 * here (an added client's new language) is shown as plain text and listed on the page.
 */
export const FENCE_GRAMMAR: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.keys(GRAMMARS).map((name) => [name, name])),
  js: 'javascript',
  mjs: 'javascript',
  objc: 'objectivec',
  'objective-c': 'objectivec',
  sh: 'bash',
  shell: 'bash',
  cs: 'csharp',
};

// One highlighter for the preview alone: registering into the shared default instance would leak
// into any other user of highlight.js in the same process.
const highlighter = hljs.newInstance();
for (const [name, grammar] of Object.entries(GRAMMARS)) highlighter.registerLanguage(name, grammar);

export function grammarFor(fence: string): string | undefined {
  const name = FENCE_GRAMMAR[fence.toLowerCase()];
  return name !== undefined && highlighter.getLanguage(name) ? name : undefined;
}

/** The code as HTML: highlighted spans when the fence has a grammar, else the text escaped. Never throws on odd code. */
export function highlightCode(fence: string, code: string): { html: string; grammar?: string } {
  const grammar = grammarFor(fence);
  if (grammar === undefined) return { html: escapeHtml(code) };
  return { html: highlighter.highlight(code, { language: grammar, ignoreIllegals: true }).value, grammar };
}

/** Text as HTML text or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}
