import { which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { Runner, Step } from './types.js';

/**
 * The runner a client descriptor can describe on its own (`verify: { check, run }`): its own
 * commands, `{file}` standing for the snippet, run in the snippet's folder, one snippet at a time.
 */
export const commandRunner: Runner = {
  language: 'command',
  unavailable: async (client) => (client.verify.run ? null : `${client.id}'s client.yaml names no verify.run command`),
  async prepare(snippets, ctx) {
    ctx.status('writing');
    const command = (stage: Step['stage'], argv: readonly string[], file: string): Step => {
      const [program, ...args] = argv.map((a) => a.replaceAll('{file}', file));
      return { stage, command: which(program!) ?? program!, args };
    };
    return perFile(writeSnippets(snippets, (s) => `main${s.client.extension}`), (s, file) => [
      ...(s.client.verify.check ? [command('check', s.client.verify.check, file)] : []),
      command('run', s.client.verify.run!, file),
    ]);
  },
};
