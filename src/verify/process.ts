import { spawn } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
  /** The program could not be started at all (not found, not executable). */
  spawnError?: string;
  ms: number;
}

export interface ProcessOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs: number;
  input?: string;
  /**
   * End every process the program started once it exits (or at the deadline), also the ones
   * that left its process group with setsid: for snippets, which must leave nothing running.
   * Default: the process group only, which keeps a compiler's own build server alive.
   */
  wholeTree?: boolean;
  /** How a whole tree is ended; by default the best this machine allows (see treeIsolation). */
  isolation?: TreeIsolation;
}

/**
 * How every process a snippet starts is found again to be ended:
 * - `pid-namespace`: the program runs as the first process of its own PID namespace
 *   (`unshare --pid --fork --kill-child`, in a user namespace when not root); when it exits the
 *   kernel ends every process left in the namespace, whatever session or group it moved to.
 * - `proc`: where namespaces are not allowed (a default Docker container, Ubuntu's AppArmor
 *   policy): the program and its descendants carry a marker in their environment, and every
 *   process under /proc whose environment holds it is ended. A process that clears its
 *   environment escapes this one.
 */
export type TreeIsolation = { kind: 'pid-namespace'; prefix: readonly string[] } | { kind: 'proc' };

const UNSHARE_VARIANTS: ReadonlyArray<readonly string[]> = [
  ['unshare', '--pid', '--fork', '--kill-child', '--'],
  // Not root: a user namespace grants the PID namespace; the program keeps its own uid in it.
  ['unshare', '--user', '--map-current-user', '--pid', '--fork', '--kill-child', '--'],
];

let detected: Promise<TreeIsolation> | undefined;

/** The best isolation this machine allows, found once by trying each way of running `true`. */
export function treeIsolation(): Promise<TreeIsolation> {
  return (detected ??= (async () => {
    if (process.platform !== 'linux') return { kind: 'proc' as const };
    for (const prefix of UNSHARE_VARIANTS) {
      const trial = await runProcess(prefix[0]!, [...prefix.slice(1), 'true'], { cwd: '/', timeoutMs: 10_000 });
      if (trial.code === 0) return { kind: 'pid-namespace' as const, prefix };
    }
    return { kind: 'proc' as const };
  })());
}

export const MAX_OUTPUT = 256 * 1024;
let runs = 0;

/**
 * Runs one program in its own process group and kills the whole group at the deadline, so a
 * snippet's children (bash starting curl, dotnet starting the app) cannot outlive it; with
 * `wholeTree`, also the children that left the group (see TreeIsolation).
 */
export async function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const isolation = options.wholeTree ? (options.isolation ?? (await treeIsolation())) : undefined;
  const marker = isolation?.kind === 'proc' ? `${process.pid}-${++runs}-${Date.now()}` : undefined;
  const env = marker ? { ...(options.env ?? process.env), [RUN_MARKER]: marker } : (options.env ?? process.env);
  const [file, ...argv] = isolation?.kind === 'pid-namespace' ? [...isolation.prefix, command, ...args] : [command, ...args];
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(file!, argv, { cwd: options.cwd, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: string[] = [];
    const err: string[] = [];
    let outSize = 0;
    let errSize = 0;
    let timedOut = false;
    let spawnError: string | undefined;
    const keep = (into: string[], size: number, chunk: Buffer) => {
      if (size < MAX_OUTPUT) into.push(chunk.toString('utf8', 0, Math.min(chunk.length, MAX_OUTPUT - size)));
      return size + chunk.length;
    };
    child.stdout.on('data', (c: Buffer) => (outSize = keep(out, outSize, c)));
    child.stderr.on('data', (c: Buffer) => (errSize = keep(err, errSize, c)));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
    const kill = () => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      if (marker) killMarked(marker);
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.on('error', (e) => {
      spawnError = e.message;
    });
    // A child that outlives the program may hold its output open: end the tree as soon as the
    // program exits, so its output ends too.
    if (options.wholeTree) child.on('exit', kill);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // A snippet that started background children and exited leaves nothing behind either.
      kill();
      resolve({ code, signal, stdout: out.join(''), stderr: err.join(''), timedOut, spawnError, ms: Date.now() - started });
    });
  });
}

/** The environment variable that marks a snippet's processes under `proc` isolation. */
export const RUN_MARKER = 'SNIPGEN_VERIFY_RUN';

/**
 * Ends every process whose environment holds the marker, again until none is left (one may
 * have forked while the others were being ended). Only processes of this user can be read.
 */
export function killMarked(marker: string): void {
  const needle = Buffer.from(`\0${RUN_MARKER}=${marker}\0`);
  for (let round = 0; round < 20; round++) {
    let found = 0;
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
      let environ: Buffer;
      try {
        environ = Buffer.concat([Buffer.from([0]), readFileSync(`/proc/${entry}/environ`)]);
      } catch {
        continue;
      }
      if (environ.indexOf(needle) < 0) continue;
      found++;
      try {
        process.kill(Number(entry), 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
    if (found === 0) return;
  }
}

/** A counting semaphore: at most `size` programs run at once across every language. */
export class Pool {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly size: number) {}

  async use<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.size) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

/** The last lines of a program's output, for a failure report. */
export function tail(result: ProcessResult, lines = 16): string[] {
  const text = [result.spawnError ?? '', result.stderr, result.stdout].filter(Boolean).join('\n').trimEnd();
  const all = text.split('\n');
  return all.length > lines ? ['…', ...all.slice(-lines)] : all;
}
