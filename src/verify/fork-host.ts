import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { killMarked, MAX_OUTPUT, RUN_MARKER, treeIsolation, type ProcessResult } from './process.js';

/**
 * The host side of the protocol for a host program written in Node (the browser and Node hosts),
 * put into its source: `send(event)` writes an event; `serve(run, kill, end)` hands each command
 * to `run` or `kill` (with the run's id) and calls `end` when the commands end. Read as UTF-8
 * text across chunks, so a character split between two reads arrives whole.
 */
export const NODE_HOST_PROTOCOL = String.raw`
const events = require('node:fs').createWriteStream(null, { fd: 4 });
const send = (event) => events.write(JSON.stringify(event) + '\n');
function serve(run, kill, end) {
  let commands = '';
  const input = require('node:fs').createReadStream(null, { fd: 3, encoding: 'utf8' });
  input.on('data', (chunk) => {
    commands += chunk;
    let newline;
    while ((newline = commands.indexOf('\n')) >= 0) {
      const command = JSON.parse(commands.slice(0, newline));
      commands = commands.slice(newline + 1);
      if (command.run !== undefined) run(command);
      else if (command.kill !== undefined) kill(command.kill);
    }
  });
  input.on('end', end);
}
`;

/**
 * A fork server: one interpreter that has already imported a client's library forks a fresh
 * child for each snippet, and the child runs the snippet's file as the interpreter would run it
 * from the command line (same file, arguments, working folder and environment). Starting the
 * interpreter and importing the library is most of an interpreted snippet's run; a forked child
 * skips both, and, being its own process, shares no state with any other snippet: whatever one
 * snippet changes in the library dies with its child.
 *
 * The host program speaks JSON lines: commands arrive on its fd 3 (`{"run":id,"file","cwd",
 * "env","stdout","stderr"}`, `{"kill":id}`), events leave on its fd 4 (`{"ready":true}`,
 * `{"exit":id,"code":n}`, negative for a signal; with `"last":true` the host ends after this run,
 * and is given no other). Each child leads its own session, and the host
 * ends the child's whole group once the child exits; a process that left the group lives until
 * the host's PID namespace ends with the language's run (a spawned snippet's ends at its exit).
 * Each snippet has its own capture-server port, so a late request cannot count for another.
 */
export class ForkHost {
  private child: ChildProcess | undefined;
  private ended: string | undefined;
  private readonly pending = new Map<number, (code: number | undefined) => void>();
  private nextId = 0;
  private errors = '';
  private readonly marker = `host-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}`;

  constructor(
    private readonly command: string,
    private readonly args: readonly string[],
    /** The host's own environment; each run gets its own on top of nothing. */
    private readonly env: NodeJS.ProcessEnv,
    /** Where the runs' output is collected (the language's work folder). */
    private readonly outputDir: string,
  ) {}

  /** Runs `file` in a forked child; resolves like runProcess. `args`: the whole command line, for a host that needs more than the file. */
  async run(file: string, options: RunOptions): Promise<ProcessResult> {
    const started = Date.now();
    const id = ++this.nextId;
    // Named by the host too: the hosts of a pool share the output folder, and each counts its runs from 1.
    const stdout = join(this.outputDir, `${this.marker}-${id}.out`);
    const stderr = join(this.outputDir, `${this.marker}-${id}.err`);
    const failed = (spawnError: string): ProcessResult => ({ code: null, signal: null, stdout: '', stderr: this.errors, timedOut: false, spawnError, ms: Date.now() - started });
    const host = await this.start();
    // Ended since it started: a command sent now would wait for an answer that never comes.
    if (!host || this.ended) return failed(`the ${this.command} fork host ended: ${this.ended}`);
    let timedOut = false;
    const code = await new Promise<number | undefined>((resolve) => {
      const timer = setTimeout(() => {
        timedOut = true;
        this.send({ kill: id });
      }, options.timeoutMs);
      this.pending.set(id, (code) => {
        clearTimeout(timer);
        resolve(code);
      });
      this.send({ run: id, file, args: options.args, cwd: options.cwd, env: { ...options.env, [RUN_MARKER]: this.marker }, stdout, stderr });
    });
    if (code === undefined) return failed(`the ${this.command} fork host ended: ${this.ended}`);
    const result: ProcessResult = {
      code: code >= 0 ? code : null,
      signal: code < 0 ? signalName(-code) : null,
      stdout: readOutput(stdout),
      stderr: readOutput(stderr),
      timedOut,
      ms: Date.now() - started,
    };
    return result;
  }

  /** False once the host program has ended. */
  get serving(): boolean {
    return this.ended === undefined;
  }

  /** Ends the host and everything it started. */
  async close(): Promise<void> {
    const child = this.child;
    if (!child || this.ended) return;
    const exited = new Promise<void>((resolve) => child.once('close', () => resolve()));
    (child.stdio[3] as Writable).end();
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
    killMarked(this.marker);
  }

  private starting: Promise<ChildProcess | undefined> | undefined;

  private start(): Promise<ChildProcess | undefined> {
    return (this.starting ??= (async () => {
      const isolation = await treeIsolation();
      // In a PID namespace of its own, nothing a snippet left running outlives the host.
      const [file, ...argv] = isolation.kind === 'pid-namespace' ? [...isolation.prefix, this.command, ...this.args] : [this.command, ...this.args];
      const child = spawn(file!, argv, {
        env: { ...this.env, [RUN_MARKER]: this.marker },
        detached: true,
        stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
      });
      this.child = child;
      child.stderr!.on('data', (chunk: Buffer) => (this.errors = (this.errors + chunk.toString('utf8')).slice(-MAX_OUTPUT)));
      (child.stdio[3] as Writable).on('error', () => undefined);
      const ready = new Promise<boolean>((resolve) => {
        let buffered = '';
        (child.stdio[4] as Readable).on('data', (chunk: Buffer) => {
          buffered += chunk.toString('utf8');
          let newline: number;
          while ((newline = buffered.indexOf('\n')) >= 0) {
            const event = JSON.parse(buffered.slice(0, newline)) as { ready?: true; exit?: number; code?: number; last?: true };
            buffered = buffered.slice(newline + 1);
            if (event.ready) resolve(true);
            else if (event.exit !== undefined) {
              if (event.last) this.ended ??= `ended after run ${event.exit}`;
              this.pending.get(event.exit)?.(event.code!);
              this.pending.delete(event.exit);
            }
          }
        });
        child.on('error', (e) => (this.ended = e.message));
        child.on('close', (code, signal) => {
          this.ended ??= `exit code ${code ?? signal}${this.errors ? `: ${this.errors.trimEnd()}` : ''}`;
          for (const settle of this.pending.values()) settle(undefined);
          this.pending.clear();
          resolve(false);
        });
      });
      return (await ready) ? child : undefined;
    })());
  }

  private send(command: object): void {
    (this.child?.stdio[3] as Writable | undefined)?.write(`${JSON.stringify(command)}\n`);
  }
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  timeoutMs: number;
  args?: readonly string[];
}

/**
 * Hosts that run one program at a time (the JVM host, whose environment and properties are the
 * process's): a run takes an idle host or starts another, so there are as many hosts as runs at
 * once, which verify's pool bounds. A host that ended is left out; the next run starts a new one.
 * A host is also retired after `runsPerHost` runs: what runs leave in a host that it cannot take
 * back (a JVM keeps the classes of a run whose thread it could not stop) then stays bounded.
 */
export class HostPool {
  private readonly idle: ForkHost[] = [];
  private readonly runs = new Map<ForkHost, number>();

  constructor(
    private readonly startHost: () => ForkHost,
    private readonly runsPerHost = Infinity,
  ) {}

  async run(file: string, options: RunOptions): Promise<ProcessResult> {
    const host = this.idle.pop() ?? this.startHost();
    try {
      return await host.run(file, options);
    } finally {
      const runs = (this.runs.get(host) ?? 0) + 1;
      this.runs.set(host, runs);
      if (host.serving && runs < this.runsPerHost) this.idle.push(host);
      else {
        this.runs.delete(host);
        void host.close();
      }
    }
  }
}

function signalName(signal: number): NodeJS.Signals | null {
  return (Object.entries(constants.signals).find(([, n]) => n === signal)?.[0] as NodeJS.Signals | undefined) ?? null;
}

function readOutput(file: string): string {
  try {
    const bytes = readFileSync(file);
    return bytes.toString('utf8', 0, Math.min(bytes.length, MAX_OUTPUT));
  } catch {
    return '';
  } finally {
    rmSync(file, { force: true });
  }
}
