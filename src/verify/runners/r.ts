import { requireTool, which } from '../toolchain.js';
import { R_HOST, writeRHostCommand } from './r-host.js';
import { checkThenRun, forkHosts, writeSnippets } from './shared.js';
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

/** `library(x)` or `require(x)`, alone or inside `suppressPackageStartupMessages()`, the name quoted or not. */
const ATTACH =
  /^\s*(?:(?:library|require)\(\s*(["']?)([A-Za-z][A-Za-z0-9.]*)\1\s*\)|suppressPackageStartupMessages\(\s*(?:library|require)\(\s*(["']?)([A-Za-z][A-Za-z0-9.]*)\3\s*\)\s*\))\s*;?\s*(?:#.*)?$/;

/**
 * What a fork host may attach for this snippet: the packages the calls that open the file attach
 * (after blank and comment lines), in its order, up to the first other statement or a package not
 * in `preload`. What the host attached and the file did not would be visible to it (in search(),
 * and a name it never imported would be found), and attached in another order the packages would
 * mask each other's names the other way round: either would let a snippet pass here that fails
 * under `Rscript FILE`.
 */
export function preloadFor(code: string, preload: readonly string[]): string[] {
  const attached: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const call = ATTACH.exec(line);
    const name = call?.[2] ?? call?.[4];
    if (!name || !preload.includes(name)) break;
    if (!attached.includes(name)) attached.push(name);
  }
  return attached;
}

export const rRunner: Runner = {
  language: 'r',
  unavailable: () => requireTool('Rscript', ['--version'], 'R (apt-get install r-base-core)'),

  prepare(snippets, ctx) {
    const rscript = which('Rscript') ?? 'Rscript';
    for (const s of snippets) Object.assign(s.env, UTF8);
    const files = writeSnippets(snippets, () => 'main.R');
    // A client that names its package in verify.preload runs from fork hosts (fork-host.ts), one
    // per list of packages its snippets open by attaching, each started by a launcher (r-host.ts).
    const command = snippets.some((s) => s.client.verify.preload) ? writeRHostCommand(ctx.workDir, rscript) : rscript;
    const hostFor = forkHosts(ctx, command, { file: 'fork-host.R', source: R_HOST }, preloadFor);
    return checkThenRun(files, { what: 'R parse', command: rscript, args: ['--vanilla', '-e', CHECK] }, ctx, (s, file) => [
      { stage: 'run', command: rscript, args: ['--vanilla', file], host: hostFor(s) },
    ]);
  },
};
