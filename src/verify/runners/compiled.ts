import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { failureCache, knownToBuildCache } from './shared.js';
import type { Prepared, RunnerContext, Snippet } from './types.js';

export interface SlotBuild {
  /** Names the compiler in messages (`crystal build`). */
  what: string;
  /** Identifies the toolchain and library in the cache key: a new compiler rebuilds everything. */
  version: string;
  /** The source file's name inside a slot (`main.cr`). */
  source: string;
  /** How many builds run at once: the shared pool's core budget. */
  slots: number;
  /** The command that builds `source` (in `dir`, the slot) into `out`. */
  command(dir: string, out: string): { command: string; args: string[]; env?: NodeJS.ProcessEnv };
}

/**
 * Builds each snippet into its own executable, for compilers that build one program per
 * invocation (crystal, ocamlfind ocamlopt). A build runs in one of a few fixed slot folders under
 * the cache, not in the snippet's folder: crystal keys its object cache by the source's path,
 * so a slot rebuilds only the snippet's own code and reuses the standard library's objects.
 * Executables and compiler errors are cached by the hash of toolchain and source.
 */
export async function buildInSlots(snippets: readonly Snippet[], ctx: RunnerContext, build: SlotBuild): Promise<Map<Snippet, Prepared>> {
  const binCache = join(ctx.cacheDir, 'bin');
  mkdirSync(binCache, { recursive: true });
  const prepared = new Map<Snippet, Prepared>();
  const todo: Array<{ snippet: Snippet; key: string }> = [];
  for (const s of snippets) {
    writeFileSync(join(s.dir, build.source), s.code);
    const key = join(binCache, sha256(Buffer.from(`${build.version}\0${s.code}`)));
    const run: Prepared = { steps: [{ stage: 'run', command: key, args: [] }] };
    if (!knownToBuildCache(prepared, s, run, key, key, `${build.what} failed`)) todo.push({ snippet: s, key });
  }
  if (!todo.length) return prepared;

  ctx.status(`${build.what} (${todo.length})`);
  const worker = async (slot: number) => {
    const dir = join(ctx.cacheDir, `slot${slot}`);
    mkdirSync(dir, { recursive: true });
    for (let job = todo.shift(); job; job = todo.shift()) {
      const out = join(dir, 'main.exe');
      rmSync(out, { force: true });
      writeFileSync(join(dir, build.source), job.snippet.code);
      const { command, args, env } = build.command(dir, out);
      const result = await ctx.exec(command, args, { cwd: dir, env });
      if (result.code !== 0 || !existsSync(out)) {
        const detail = [result.spawnError ?? '', result.stderr.trim(), result.stdout.trim()].filter(Boolean).join('\n').split('\n');
        // A build killed by its time limit says nothing about the source: not cached as its failure.
        if (!result.spawnError && !result.timedOut) failureCache.write(job.key, detail);
        prepared.set(job.snippet, { failed: `${build.what} failed`, detail });
        continue;
      }
      // Copied under a temporary name and renamed, so a concurrent verify never runs half a file.
      const temp = `${job.key}.${process.pid}.tmp`;
      copyFileSync(out, temp);
      renameSync(temp, job.key);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, build.slots) }, (_, i) => worker(i)));
  return prepared;
}
