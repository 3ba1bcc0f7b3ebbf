import { requireTool, which } from '../toolchain.js';
import { checkThenRun, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** R's own parser over every file in one Rscript, in a UTF-8 locale as the runs are; a file's error is printed after its path. */
const CHECK = `invisible(Sys.setlocale("LC_CTYPE", "C.UTF-8"))
bad <- FALSE
for (f in commandArgs(TRUE)) tryCatch(parse(f, encoding = "UTF-8"), error = function(e) {
  bad <<- TRUE
  message(f, ": ", conditionMessage(e))
})
quit(status = if (bad) 1 else 0)`;

/** Rscript reads a source file in the locale's encoding: the snippets are UTF-8. */
const UTF8 = { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' };

export const rRunner: Runner = {
  language: 'r',
  unavailable: () => requireTool('Rscript', ['--version'], 'R (apt-get install r-base-core)'),

  prepare(snippets, ctx) {
    const rscript = which('Rscript')!;
    for (const s of snippets) Object.assign(s.env, UTF8);
    const files = writeSnippets(snippets, () => 'main.R');
    return checkThenRun(files, { what: 'R parse', command: rscript, args: ['--vanilla', '-e', CHECK] }, ctx, (_s, file) => [
      { stage: 'run', command: rscript, args: ['--vanilla', file] },
    ]);
  },
};
