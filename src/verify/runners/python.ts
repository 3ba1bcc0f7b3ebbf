import { requireTool } from '../toolchain.js';
import { checkThenRun, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** Debian's interpreter: python3-requests is installed for it, not for a pyenv python on PATH. */
export const PYTHON = '/usr/bin/python3';

export const pythonRunner: Runner = {
  language: 'python',
  // Each client's library is its descriptor's verify.requires: an httpx snippet must not need requests.
  unavailable: () => requireTool(PYTHON, ['--version'], "Debian's /usr/bin/python3 (apt-get install python3)"),

  prepare(snippets, ctx) {
    const files = writeSnippets(snippets, () => 'main.py');
    // py_compile goes on after a broken file, so one process checks them all.
    return checkThenRun(files, { what: 'py_compile', command: PYTHON, args: ['-m', 'py_compile'] }, ctx, (_s, file) => [
      { stage: 'run', command: PYTHON, args: [file] },
    ]);
  },
};
