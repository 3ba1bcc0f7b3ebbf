import { which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { ClientDescriptor } from '../../clients/types.js';
import type { Runner, Step } from './types.js';

/**
 * The runner of a client added from a descriptor file (`verify: { tool, compile, run }`): its
 * own commands, `{file}` standing for the snippet, run in the snippet's folder.
 */
export function customRunner(client: ClientDescriptor): Runner {
  const spec = client.verify!;
  return {
    language: client.language,
    unavailable: async () => (spec.tool && !which(spec.tool) ? `no ${spec.tool} on PATH (the tool ${client.id}'s descriptor names)` : null),
    async prepare(snippets, ctx) {
      ctx.status('writing');
      const command = (stage: Step['stage'], argv: readonly string[], file: string): Step => {
        const [program, ...args] = argv.map((a) => a.replaceAll('{file}', file));
        return { stage, command: which(program!) ?? program!, args };
      };
      return perFile(writeSnippets(snippets, () => `main${client.extension}`), (_s, file) => [
        ...(spec.compile ? [command('check', spec.compile, file)] : []),
        command('run', spec.run, file),
      ]);
    },
  };
}
