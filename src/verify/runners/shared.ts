import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { writeFileAtomically } from '../../files.js';
import { join } from 'node:path';
import { attribute } from '../toolchain.js';
import type { ForkHost } from '../fork-host.js';
import type { Prepared, RunnerContext, Snippet, Step } from './types.js';

/** Writes each snippet as `name` in its own folder; returns the files' absolute paths. */
export function writeSnippets(snippets: readonly Snippet[], name: (s: Snippet) => string): Map<string, Snippet> {
  const files = new Map<string, Snippet>();
  for (const s of snippets) {
    const file = join(s.dir, name(s));
    writeFileSync(file, s.code);
    files.set(file, s);
  }
  return files;
}

/**
 * Checks every file with one program whose output names the broken files, and turns the rest
 * into their run steps: the shape of every interpreted language.
 */
export async function checkThenRun(
  files: ReadonlyMap<string, Snippet>,
  check: { what: string; command: string; args: string[] },
  ctx: RunnerContext,
  run: (s: Snippet, file: string) => Step[],
): Promise<Map<Snippet, Prepared>> {
  ctx.status(check.what);
  const result = await ctx.exec(check.command, [...check.args, ...files.keys()], { cwd: ctx.workDir });
  const errors = attribute(`${result.stdout}\n${result.stderr}`, new Map([...files.keys()].map((f) => [f, f])));
  const prepared = new Map<Snippet, Prepared>();
  for (const [file, s] of files) {
    const error = errors.get(file);
    if (error) prepared.set(s, { failed: `${check.what} failed`, detail: error });
    else if (result.code !== 0 && errors.size === 0) prepared.set(s, { failed: `${check.what} failed`, detail: [result.spawnError ?? '', result.stderr, result.stdout].filter(Boolean) });
    else prepared.set(s, { steps: run(s, file) });
  }
  return prepared;
}

/** The same steps for every snippet, checks included: for tools that take one file at a time. */
export function perFile(files: ReadonlyMap<string, Snippet>, steps: (s: Snippet, file: string) => Step[]): Map<Snippet, Prepared> {
  return new Map([...files].map(([file, s]) => [s, { steps: steps(s, file) }]));
}

/** Moves a finished build into the cache under its final name in one step; a concurrent verify may have won the race, which is fine. */
export function publish(from: string, to: string): void {
  mkdirSync(join(to, '..'), { recursive: true });
  try {
    renameSync(from, to);
  } catch {
    rmSync(from, { recursive: true, force: true });
  }
}

/** Indents a fragment for placement inside a harness's method body. */
export function indent(code: string, by: string): string {
  return code
    .trimEnd()
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

/**
 * Compiler errors are cached like build output: the same toolchain and source fail the same
 * way, so a known-broken snippet (a reference-style defect in the ledger) is not rebuilt on
 * every run just to fail again.
 */
export const failureCache = {
  read(key: string): string[] | undefined {
    const file = `${key}.failed`;
    return existsSync(file) ? readFileSync(file, 'utf8').split('\n') : undefined;
  },
  write(key: string, detail: readonly string[]): void {
    writeFileAtomically(`${key}.failed`, detail.join('\n'));
  },
};

/**
 * What the build cache already knows about a snippet: its build (`built` exists), so it runs as
 * `run` says, or its compiler errors under `key`. Records the outcome and returns true when the
 * snippet needs no build; otherwise records `run` for after the build and returns false.
 */
export function knownToBuildCache(prepared: Map<Snippet, Prepared>, snippet: Snippet, run: Prepared, key: string, built: string, failure: string): boolean {
  prepared.set(snippet, run);
  if (existsSync(built)) return true;
  const detail = failureCache.read(key);
  if (!detail) return false;
  prepared.set(snippet, { failed: failure, detail });
  return true;
}

/**
 * The fork host a snippet runs from (fork-host.ts), for a client whose descriptor names
 * verify.preload; undefined for the others. One host per list `preloadFor` allows a snippet,
 * started on first need; the host program is written into the language's work folder once.
 */
export function forkHosts(
  ctx: RunnerContext,
  command: string,
  program: { file: string; source: string },
  preloadFor: (code: string, preload: readonly string[]) => string[],
): (s: Snippet) => ForkHost | undefined {
  const script = join(ctx.workDir, program.file);
  const hosts = new Map<string, ForkHost>();
  return (s) => {
    const preload = s.client.verify.preload;
    if (!preload) return undefined;
    const loaded = preloadFor(s.code, preload);
    const key = loaded.join(' ');
    let host = hosts.get(key);
    if (!host) {
      if (hosts.size === 0) writeFileSync(script, program.source);
      host = ctx.forkHost(command, [script, ...loaded]);
      hosts.set(key, host);
    }
    return host;
  };
}
