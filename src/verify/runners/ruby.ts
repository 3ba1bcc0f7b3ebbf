import { requireTool, which } from '../toolchain.js';
import { RUBY_HOST } from './ruby-host.js';
import { checkThenRun, forkHosts, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** `ruby -c` for many files in one process. */
const CHECK = `
bad = false
ARGV.each do |file|
  RubyVM::InstructionSequence.compile_file(file)
rescue SyntaxError => e
  bad = true
  warn "#{file}: #{e.message}"
end
exit(bad ? 1 : 0)
`;

/**
 * What a fork host may load for this snippet: the requires that open the file, before any other
 * code, in its order, as long as each is in `preload`. A Ruby constant is global, so a library
 * loaded that the snippet does not require (a template that forgot `require 'json'`) would let it
 * pass here and fail under `ruby FILE`; loaded in another order, a library that looks at what is
 * already defined could behave differently.
 */
export function preloadFor(code: string, preload: readonly string[]): string[] {
  const loaded: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const name = /^\s*require\s*\(?\s*(['"])([^'"\\#]+)\1\s*\)?\s*(#.*)?$/.exec(line)?.[2];
    if (!name || !preload.includes(name)) break;
    loaded.push(name);
  }
  return loaded;
}

export const rubyRunner: Runner = {
  language: 'ruby',
  unavailable: () => requireTool('ruby', ['--version'], 'Ruby (apt-get install ruby)'),

  prepare(snippets, ctx) {
    const ruby = which('ruby')!;
    const files = writeSnippets(snippets, () => 'main.rb');
    // A client that names its library in verify.preload runs from fork hosts (fork-host.ts), one
    // per list of libraries its snippets open with.
    const hostFor = forkHosts(ctx, ruby, { file: 'fork-host.rb', source: RUBY_HOST }, preloadFor);
    return checkThenRun(files, { what: 'syntax check', command: ruby, args: ['--disable-gems', '-e', CHECK] }, ctx, (s, file) => [
      { stage: 'run', command: ruby, args: [file], host: hostFor(s) },
    ]);
  },
};
