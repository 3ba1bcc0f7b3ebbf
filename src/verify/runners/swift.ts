import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { which } from '../toolchain.js';
import type { Prepared, Runner, Snippet } from './types.js';

export const NO_SWIFT = 'no Swift toolchain; syntax-checked only';

/**
 * Where swiftc exists each snippet is type-checked and built (`import FoundationNetworking` makes
 * URLSession work on Linux) and then run like any other; without it the snippets are skipped.
 */
export const swiftRunner: Runner = {
  language: 'swift',
  unavailable: async () => (which('swiftc') ? null : NO_SWIFT),

  async prepare(snippets, ctx) {
    const swiftc = which('swiftc')!;
    const prepared = new Map<Snippet, Prepared>();
    ctx.status(`swiftc (${snippets.length})`);
    await Promise.all(
      snippets.map(async (s) => {
        const file = join(s.dir, 'main.swift');
        writeFileSync(file, s.code);
        const check = await ctx.exec(swiftc, ['-typecheck', file], { cwd: s.dir });
        if (check.code !== 0) {
          prepared.set(s, { failed: 'swiftc -typecheck failed', detail: check.stderr.trim().split('\n') });
          return;
        }
        const build = await ctx.exec(swiftc, ['-o', join(s.dir, 'main'), file], { cwd: s.dir });
        if (build.code !== 0) prepared.set(s, { failed: 'swiftc failed', detail: build.stderr.trim().split('\n') });
        else prepared.set(s, { steps: [{ stage: 'run', command: join(s.dir, 'main'), args: [] }] });
      }),
    );
    return prepared;
  },
};
