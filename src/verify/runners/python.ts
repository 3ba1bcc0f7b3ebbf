import { requireTool } from '../toolchain.js';
import { PYTHON_HOST } from './python-host.js';
import { checkThenRun, forkHosts, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** Debian's interpreter: python3-requests is installed for it, not for a pyenv python on PATH. */
export const PYTHON = '/usr/bin/python3';

export const pythonRunner: Runner = {
  language: 'python',
  // Each client's library is its descriptor's verify.requires: an httpx snippet must not need requests.
  unavailable: () => requireTool(PYTHON, ['--version'], "Debian's /usr/bin/python3 (apt-get install python3)"),

  prepare(snippets, ctx) {
    const files = writeSnippets(snippets, () => 'main.py');
    // A client that names its library in verify.preload runs from fork hosts that have imported
    // it (fork-host.ts), one per list of modules its snippets open by importing.
    const hostFor = forkHosts(ctx, PYTHON, { file: 'fork-host.py', source: PYTHON_HOST }, preloadFor);
    // py_compile goes on after a broken file, so one process checks them all.
    return checkThenRun(files, { what: 'py_compile', command: PYTHON, args: ['-m', 'py_compile'] }, ctx, (s, file) => [
      { stage: 'run', command: PYTHON, args: [file], host: hostFor(s) },
    ]);
  },
};

/**
 * What a fork host may import for this snippet: the modules of `preload` that the import
 * statements opening the file name, in their order. Only those, so that the host has done
 * nothing the file would not do itself: a package's submodule imported beforehand becomes an
 * attribute of the package (`import http` then `http.client` works only once something has
 * imported `http.client`), which would let a snippet pass here and fail under `python3 FILE`.
 */
export function preloadFor(code: string, preload: readonly string[]): string[] {
  const modules: string[] = [];
  for (const line of code.split('\n')) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    const statement = /^(?:import\s+([\w.]+(?:\s+as\s+\w+)?(?:\s*,\s*[\w.]+(?:\s+as\s+\w+)?)*)|from\s+([\w.]+)\s+import\s)/.exec(line);
    if (!statement) break;
    const named = statement[1] ? statement[1].split(',').map((part) => part.trim().split(/\s+/)[0]!) : [statement[2]!];
    for (const name of named) if (preload.includes(name) && !modules.includes(name)) modules.push(name);
  }
  return modules;
}
