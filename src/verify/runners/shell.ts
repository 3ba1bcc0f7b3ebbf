import { requireTool, which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

export const shellRunner: Runner = {
  language: 'shell',
  unavailable: () => requireTool('bash', ['--version'], 'bash'),

  async prepare(snippets, ctx) {
    ctx.status('writing');
    const bash = which('bash')!;
    return perFile(writeSnippets(snippets, () => 'main.sh'), (_s, file) => [
      { stage: 'check', command: bash, args: ['-n', file] },
      { stage: 'run', command: bash, args: [file] },
    ]);
  },
};
