import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { probe, requireTool, which } from '../toolchain.js';
import { failureCache, knownToBuildCache, writeSnippets } from './shared.js';
import type { Prepared, Runner } from './types.js';

/**
 * ISO C11 (trigraphs on, so the printers' `?\?` is tested) with every warning an error: a
 * snippet that compiles with warnings would teach readers to ignore them.
 */
const GCC_FLAGS = ['-std=c11', '-Wall', '-Wextra', '-Werror', '-O0'];

export const cRunner: Runner = {
  language: 'c',
  unavailable: () => requireTool('gcc', ['--version'], 'C compiler (gcc)'),

  /**
   * gcc has no batch mode worth the name (one process per translation unit anyway), so every
   * snippet compiles in its own gcc, all of them queued on the shared pool at once. Binaries
   * (and compiler errors) are cached by the hash of compiler, libcurl and source.
   */
  async prepare(snippets, ctx) {
    const gcc = which('gcc')!;
    const toolchain = [(await probe(gcc, ['--version'])).stdout.split('\n')[0], (await probe('curl-config', ['--version'])).stdout.trim()].join('\0');
    const binCache = join(ctx.cacheDir, 'bin');
    mkdirSync(binCache, { recursive: true });
    const files = writeSnippets(snippets, () => 'main.c');
    const prepared = new Map<(typeof snippets)[number], Prepared>();
    const builds: Array<Promise<void>> = [];
    for (const [file, s] of files) {
      const key = join(binCache, sha256(Buffer.from(`${toolchain}\0${s.code}`)));
      if (knownToBuildCache(prepared, s, { steps: [{ stage: 'run', command: key, args: [] }] }, key, key, 'gcc failed')) continue;
      builds.push(
        (async () => {
          const out = join(s.dir, 'main');
          const result = await ctx.exec(gcc, [...GCC_FLAGS, '-o', out, file, '-lcurl'], { cwd: s.dir });
          if (result.code !== 0 || !existsSync(out)) {
            const detail = [result.spawnError ?? '', result.stderr, result.stdout].filter(Boolean);
            failureCache.write(key, detail);
            prepared.set(s, { failed: 'gcc failed', detail });
            return;
          }
          // Copied under a temporary name and renamed, so a concurrent verify never runs half a file.
          const temp = `${key}.${process.pid}.tmp`;
          copyFileSync(out, temp);
          renameSync(temp, key);
        })(),
      );
    }
    if (builds.length) ctx.status(`gcc (${builds.length})`);
    await Promise.all(builds);
    return prepared;
  },
};
