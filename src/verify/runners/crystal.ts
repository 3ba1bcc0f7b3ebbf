import { probe, requireTool, which } from '../toolchain.js';
import { buildInSlots } from './compiled.js';
import type { Runner } from './types.js';

export const crystalRunner: Runner = {
  language: 'crystal',
  unavailable: () => requireTool('crystal', ['--version'], 'Crystal compiler (apt-get install crystal)'),

  /**
   * `crystal build` is the check: it parses and type-checks the whole program before code
   * generation. One program per invocation, so snippets build two at a time in fixed slots
   * (measured: 3.5 s a snippet in a warm slot, 8 s in a fresh folder, where the standard
   * library's objects are generated again).
   */
  async prepare(snippets, ctx) {
    const crystal = which('crystal')!;
    const version = (await probe(crystal, ['--version'])).stdout.trim();
    return buildInSlots(snippets, ctx, {
      what: 'crystal build',
      version,
      source: 'main.cr',
      slots: 2,
      command: (dir, out) => ({ command: crystal, args: ['build', '--no-debug', '--no-color', '-o', out, `${dir}/main.cr`], env: { ...process.env, CRYSTAL_CACHE_DIR: `${dir}/.crystal` } }),
    });
  },
};
