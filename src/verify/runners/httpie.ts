import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/**
 * shell/httpie: bash scripts, as the shell runner runs them, with HTTPie's configuration read
 * from a folder of the run's own. HTTPie reads ~/.config/httpie/config.json (a user's default
 * options would change the request), and without `disable_update_warnings` it starts a
 * background process that asks the internet for its newest version.
 */
export const httpieRunner: Runner = {
  language: 'httpie',
  unavailable: () => requireTool('bash', ['--version'], 'bash'),

  async prepare(snippets, ctx) {
    ctx.status('writing');
    const bash = which('bash')!;
    const env = which('env')!;
    const config = join(ctx.workDir, 'httpie-config');
    mkdirSync(config, { recursive: true });
    writeFileSync(join(config, 'config.json'), `${JSON.stringify({ default_options: [], disable_update_warnings: true })}\n`);
    return perFile(writeSnippets(snippets, () => 'main.sh'), (_s, file) => [
      { stage: 'check', command: bash, args: ['-n', file] },
      { stage: 'run', command: env, args: [`HTTPIE_CONFIG_DIR=${config}`, bash, file] },
    ]);
  },
};
