import { spawn } from 'node:child_process';

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
}

const MAX_OUTPUT = 256 * 1024;

/**
 * Runs one program in its own process group and kills the whole group at the deadline, so a
 * snippet's children (bash starting curl, dotnet starting the app) cannot outlive it.
 */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions): Promise<ProcessResult> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
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
    };
    const timer = setTimeout(() => {
      timedOut = true;
      kill();
    }, options.timeoutMs);
    child.on('error', (e) => {
      spawnError = e.message;
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      // A snippet that started background children and exited leaves nothing behind either.
      kill();
      resolve({ code, signal, stdout: out.join(''), stderr: err.join(''), timedOut, spawnError, ms: Date.now() - started });
    });
  });
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
