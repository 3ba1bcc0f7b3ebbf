import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ForkHost } from '../fork-host.js';
import { requireTool } from '../toolchain.js';
import { PYTHON_HOST } from './python-host.js';
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
    // A client that names its library in verify.preload runs from a fork host that has imported
    // it (fork-host.ts): one per client, so an httpx snippet never sees requests imported.
    const script = join(ctx.workDir, 'fork-host.py');
    const hosts = new Map<string, ForkHost>();
    const hostFor = (preload: readonly string[] | undefined) => {
      if (!preload) return undefined;
      const key = preload.join(' ');
      if (!hosts.has(key)) {
        if (hosts.size === 0) writeFileSync(script, PYTHON_HOST);
        hosts.set(key, ctx.forkHost(PYTHON, [script, ...preload]));
      }
      return hosts.get(key);
    };
    // py_compile goes on after a broken file, so one process checks them all.
    return checkThenRun(files, { what: 'py_compile', command: PYTHON, args: ['-m', 'py_compile'] }, ctx, (s, file) => [
      { stage: 'run', command: PYTHON, args: [file], host: hostFor(s.client.verify.preload) },
    ]);
  },
};
