import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { ClientDescriptor } from '../../src/clients/index.js';
import { ForkHost } from '../../src/verify/fork-host.js';
import { runProcess } from '../../src/verify/process.js';
import type { RunnerContext, Snippet } from '../../src/verify/runners/types.js';

export interface Program {
  file: string;
  dir: string;
}

/**
 * A scratch folder for one language's fork-host tests: hosts of its host program (ended after
 * the file's tests), programs each in a folder of their own, and runs with only PATH and what
 * the test adds in their environment.
 */
export function forkHostTestbed(name: string, interpreter: { command: string; script: string; source: string; main: string }) {
  const work = mkdtempSync(join(tmpdir(), `snipgen-${name}-`));
  const hosts: ForkHost[] = [];
  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.close()));
    rmSync(work, { recursive: true, force: true });
  });
  let folders = 0;
  /** A new empty folder in the scratch folder. */
  const folder = (): string => {
    const dir = join(work, `s${++folders}`);
    mkdirSync(dir);
    return dir;
  };
  return {
    work,
    folder,
    host(preload: string[]): ForkHost {
      const script = join(work, interpreter.script);
      writeFileSync(script, interpreter.source);
      const started = new ForkHost(interpreter.command, [script, ...preload], { PATH: process.env.PATH, HOST_ONLY: 'yes' }, work);
      hosts.push(started);
      return started;
    },
    /** Writes `source` as the language's main file in a folder of its own (with `also` beside it). */
    program(source: string, also: Record<string, string> = {}): Program {
      const dir = folder();
      for (const [file, text] of Object.entries(also)) writeFileSync(join(dir, file), text);
      const file = join(dir, interpreter.main);
      writeFileSync(file, source);
      return { file, dir };
    },
    /** As verify runs a step: the command line's arguments go along (the file last). */
    run: (h: ForkHost, p: Program, env: Record<string, string> = {}, timeoutMs = 20_000) =>
      h.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH!, ...env }, timeoutMs, args: [interpreter.main, p.file] }),
  };
}

/**
 * What a runner's prepare chooses, with nothing run: a context whose programs all succeed and
 * whose fork hosts are only recorded (`started`: each host's command and arguments; the host
 * stands in as `{ args }`), and snippets of a client, each in the folder `dir()` gives.
 */
export function recordingPrepare(workDir: string, cacheDir: string, dir: () => string) {
  const started: string[][] = [];
  const ctx: RunnerContext = {
    workDir,
    cacheDir,
    exec: async () => ({ code: 0, signal: null, stdout: '', stderr: '', timedOut: false, ms: 0 }),
    status: () => undefined,
    forkHost: (command, args) => (started.push([command, ...args]), { args } as unknown as ForkHost),
  };
  const snippet = (client: ClientDescriptor, code: string) => ({ client, style: 'runnable', endpoint: {}, code, dir: dir(), env: {} }) as unknown as Snippet;
  return { ctx, started, snippet };
}

/**
 * A runner context that runs for real, in `work`: its programs with `timeoutMs`, its fork hosts
 * started with only PATH and HOST_ONLY=yes (a variable of the host's own, which no run may see),
 * each kept in `started` for the test to close.
 */
export function hostingContext(work: string, timeoutMs: number) {
  const started: ForkHost[] = [];
  const ctx: RunnerContext = {
    workDir: join(work, 'work'),
    cacheDir: join(work, 'cache'),
    exec: (command, args, options) => runProcess(command, args, { timeoutMs, ...options }),
    status: () => undefined,
    forkHost: (command, args) => {
      const host = new ForkHost(command, args, { PATH: process.env.PATH, HOST_ONLY: 'yes' }, work);
      started.push(host);
      return host;
    },
  };
  return { ctx, started };
}
