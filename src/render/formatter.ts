import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import type { ClientDescriptor } from '../clients/types.js';
import { SnipgenError } from '../errors.js';

/**
 * The optional formatter pass (config `clientOptions.<id>.reformat: true`) with the formatter the
 * client's descriptor names, runnable style only: the reference style must stay byte for byte
 * the reference page's. Formatting is idempotent; a formatter that is asked for but missing is an
 * error, never a silent skip, because the same config must give the same bytes on every machine.
 */
export function formatSnippet(client: ClientDescriptor, code: string, indent?: string): string {
  switch (client.formatter) {
    case 'prettier': {
      // @prettier/sync runs prettier's async API in a worker, so rendering stays synchronous; loaded only when asked for.
      // Both are optional peer dependencies: 12 MB that only this option needs.
      let prettier: { format(code: string, options: object): string };
      try {
        prettier = createRequire(import.meta.url)('@prettier/sync');
      } catch {
        throw new SnipgenError(`clientOptions.${client.id}.reformat: prettier is not installed (npm install --save-dev prettier @prettier/sync)`, 'usage');
      }
      const layout = indent === undefined ? {} : indent === '\t' ? { useTabs: true } : { tabWidth: indent.length };
      return prettier.format(code, { parser: 'babel', singleQuote: true, printWidth: 100, ...layout });
    }
    case 'gofmt':
      if (indent !== undefined && indent !== '\t') {
        throw new SnipgenError(`clientOptions.${client.id}: gofmt always indents with tabs, so reformat and a space indent contradict each other`, 'usage');
      }
      try {
        return execFileSync('gofmt', [], { input: code, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
      } catch (e) {
        const error = e as NodeJS.ErrnoException & { stderr?: string };
        if (error.code === 'ENOENT') throw new SnipgenError(`clientOptions.${client.id}.reformat: gofmt is not installed (apt-get install golang-go)`, 'usage');
        throw new SnipgenError(`gofmt rejected the ${client.id} snippet: ${error.stderr ?? error.message}`, 'template');
      }
    default:
      throw new SnipgenError(`clientOptions.${client.id}.reformat: ${client.id} names no formatter in its client.yaml (formatters: prettier, gofmt)`, 'usage');
  }
}
