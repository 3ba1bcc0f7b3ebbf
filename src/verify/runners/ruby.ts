import { requireTool, which } from '../toolchain.js';
import { checkThenRun, writeSnippets } from './shared.js';
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

export const rubyRunner: Runner = {
  language: 'ruby',
  unavailable: () => requireTool('ruby', ['--version'], 'Ruby (apt-get install ruby)'),

  prepare(snippets, ctx) {
    const ruby = which('ruby')!;
    const files = writeSnippets(snippets, () => 'main.rb');
    return checkThenRun(files, { what: 'syntax check', command: ruby, args: ['--disable-gems', '-e', CHECK] }, ctx, (_s, file) => [
      { stage: 'run', command: ruby, args: [file] },
    ]);
  },
};
