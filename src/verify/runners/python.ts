import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { attribute, requireTool } from '../toolchain.js';
import type { Prepared, Runner, Snippet } from './types.js';

/** Debian's interpreter: python3-requests is installed for it, not for a pyenv python on PATH. */
export const PYTHON = '/usr/bin/python3';

export const pythonRunner: Runner = {
  language: 'python',
  unavailable: () => requireTool(PYTHON, ['-c', 'import requests'], "Debian's /usr/bin/python3 with python3-requests"),

  async prepare(snippets, ctx) {
    const files = new Map<string, Snippet>();
    for (const s of snippets) {
      const file = join(s.dir, 'main.py');
      writeFileSync(file, s.code);
      files.set(file, s);
    }
    ctx.status('py_compile');
    // py_compile goes on after a broken file, so one process checks them all.
    const result = await ctx.exec(PYTHON, ['-m', 'py_compile', ...files.keys()], { cwd: ctx.workDir });
    const errors = attribute(result.stderr, new Map([...files].map(([f, s]) => [f, f])));
    const prepared = new Map<Snippet, Prepared>();
    for (const [file, s] of files) {
      const error = errors.get(file);
      prepared.set(s, error ? { failed: 'py_compile failed', detail: error } : { steps: [{ stage: 'run', command: PYTHON, args: ['main.py'] }] });
    }
    return prepared;
  },
};
