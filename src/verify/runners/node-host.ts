import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HostPool, NODE_HOST_PROTOCOL } from '../fork-host.js';
import type { RunnerContext } from './types.js';

/**
 * The Node host (a ForkHost program, see fork-host.ts) runs each Node snippet in a worker thread
 * of its own, started on the snippet's file, instead of in a Node process of its own: starting
 * the process (in a PID namespace of its own) was most of a node:http snippet's run, and a thread
 * in a running process is cheaper to start and to end, the more so on a busy machine (verify on
 * the fixtures, two at once: 112 ms a node:http snippet before, 42 ms from hosts). The rest of
 * a fetch or axios snippet is the same either way: loading undici (or axios, which touches
 * fetch's classes) into a fresh isolate, and the 50 ms or so that Node's fetch keeps a program
 * alive after its last response.
 *
 * What a snippet could change for the next one, and why it cannot: a worker has a V8 isolate of
 * its own, so its globals (a replaced `globalThis.fetch`, undici's global dispatcher under
 * `Symbol.for('undici.globalDispatcher.1')`), its modules (axios and its defaults), its timers
 * and sockets end with it; its `process.env` is a copy of the run's environment, not the host's.
 * The run ends when the worker does, as a process ends when nothing is left to wait for; a worker
 * that keeps a timer alive runs to the run's time limit, where it is terminated.
 *
 * What a worker shares with the host is the process: its working folder (the host changes to
 * the run's before it starts the worker, so a host holds one run at a time and verify gets a
 * HostPool of them), its id, file descriptors, signals and user. A snippet that uses these
 * (`needsOwnNode`) runs as `node FILE`.
 *
 * As with `node FILE`: `process.argv` is [node, FILE, ARGS...], `process.execArgv` empty,
 * `import.meta.url` the file's, imports resolve from the file's folder (its node_modules link);
 * the status is 0 at the end, `process.exit(n)` or `process.exitCode`, 13 for a top-level await
 * that never settles; an uncaught exception or unhandled rejection gives status 1 after Node's
 * report on stderr. Node writes that report from the error itself, which the worker's `error`
 * event only copies in part (no `cause`, no object-valued properties), so the report is made in
 * the worker: this file is also each worker's preload (`--require`), which sends the host the
 * report of each uncaught error, and the host appends the last one when the error ended the
 * worker, after the worker's own stderr (the output of its exit handlers comes first, as in Node).
 *
 * What still differs from `node FILE`: the report's first lines, the source line and caret Node
 * takes from V8's message, are rebuilt from the first frame of the error's stack, and left out
 * when that frame is Node's own code (`fetch failed` from undici: Node shows undici's line)
 * or the thrown value is not an object (Node shows its own `triggerUncaughtException` line).
 * verify compares only the request, and the stack under it, which names the snippet's line, is
 * the same. `process.pid`, `process.uptime()` and `performance.now()` are the host's: a time
 * taken at the start is not near 0, though durations are right. The stack a worker may grow is
 * 4 MB, the main thread's about 1 MB. What a program writes just before `process.exit` arrives
 * whole, where `node FILE` writing into a full pipe loses what the pipe did not take yet.
 *
 * Command line: none. A run's `args` are node's (FILE ARGS...; options before FILE are not
 * taken). Commands and events as for ForkHost; a killed run ends with -9.
 */
export const NODE_HOST = String.raw`'use strict';
const fs = require('node:fs');
const { once } = require('node:events');
const { basename } = require('node:path');
const { inspect } = require('node:util');
const { Worker, isMainThread, parentPort } = require('node:worker_threads');

const REPORT = 'snipgen:uncaught';

if (!isMainThread) {
  // The preload, in a run's worker: node FILE has no options.
  process.execArgv.splice(0);
  // Before the snippet's own handlers decide whether the error ends the run; only the host knows that.
  process.on('uncaughtExceptionMonitor', (error) => parentPort.postMessage({ [REPORT]: report(error) }));
  return;
}

/** What Node writes for an uncaught error (ReportFatalException in node_errors.cc). */
function report(error) {
  let text;
  try {
    if (error === null || (typeof error !== 'object' && typeof error !== 'function')) {
      text = String(error) + '\n(Use \x60' + basename(process.argv0) + ' --trace-uncaught ...\x60 to show where the exception was thrown)\n';
    } else {
      let trace;
      try {
        trace = inspect(error, { colors: false, customInspect: false, depth: Math.max(inspect.defaultOptions.depth, 5) });
      } catch {
        trace = error.stack;
      }
      if (trace) text = sourceArrow(error) + trace + '\n';
      else text = error.name === undefined || error.message === undefined ? String(error) + '\n' : error.name + ': ' + error.message + '\n';
    }
  } catch {
    text = '<toString() threw exception>\n';
  }
  return text + '\nNode.js ' + process.version + '\n';
}

/**
 * The line V8 places an error on, with a caret under its column: the first frame of its stack
 * that has a place in a script. Empty when that is Node's own code, whose source is not at hand.
 */
function sourceArrow(error) {
  try {
    const [, file, line, column] = /^\s+at (?:async )?(?:.*\()?(.*?):(\d+):(\d+)\)?$/m.exec(String(error.stack));
    if (!/^(?:file:\/\/|\/)/.test(file)) return '';
    const source = fs.readFileSync(file.startsWith('file:') ? new URL(file) : file, 'utf8').split(/\r\n|[\n\r\u2028\u2029]/)[line - 1];
    return file + ':' + line + '\n' + source + '\n' + source.slice(0, column - 1).replace(/[^\t]/g, ' ') + '^\n\n';
  } catch {
    return '';
  }
}

${NODE_HOST_PROTOCOL}
/** Each run not yet ended, by id: its worker, and whether it was killed. */
const running = new Map();

async function run(job) {
  const out = fs.createWriteStream(job.stdout);
  const err = fs.createWriteStream(job.stderr);
  const state = { worker: undefined, killed: false };
  running.set(job.run, state);
  let code = 1;
  let failure;
  let uncaught;
  try {
    process.chdir(job.cwd);
    const worker = (state.worker = new Worker(job.file, {
      argv: (job.args ?? [job.file]).slice((job.args ?? [job.file]).indexOf(job.file) + 1),
      env: job.env,
      execArgv: ['--require', __filename],
      stdout: true,
      stderr: true,
    }));
    worker.on('message', (message) => {
      if (message && message[REPORT] !== undefined) uncaught = message[REPORT];
    });
    worker.on('error', (error) => (failure = error));
    worker.stdout.pipe(out);
    worker.stderr.pipe(err, { end: false });
    // Not events.once: it would fail at the worker's error event.
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    [code] = await Promise.all([exited, once(worker.stderr, 'end'), once(out, 'close')]);
    // The worker's own copy of the error, when the preload could not report it.
    if (failure) err.write(uncaught ?? inspect(failure) + '\n');
  } catch (e) {
    err.write('node host: ' + inspect(e) + '\n');
    out.end();
  }
  err.end();
  await once(err, 'close');
  running.delete(job.run);
  send({ exit: job.run, code: state.killed ? -9 : code });
}

function kill(id) {
  const state = running.get(id);
  if (!state?.worker || state.killed) return;
  state.killed = true;
  state.worker.terminate();
  // A worker stuck in a call that termination cannot interrupt: the host goes, and the pool starts another.
  setTimeout(() => {
    if (!running.has(id)) return;
    send({ exit: id, code: -9 });
    events.end(() => process.exit(1));
  }, 5000).unref();
}

serve(run, kill, () => process.exit(0));
send({ ready: true });
`;

/**
 * Snippets a worker cannot run as `node FILE` would: ones that change or use what the worker
 * shares with the host (working folder, umask, user, signals, the process itself, its file
 * descriptors and stdin, child processes that would inherit the host's output), that ask
 * whether they are the main thread, or that wait for `beforeExit` (a worker's output is sent
 * asynchronously, so a handler that writes would be called again and again).
 */
export function needsOwnNode(code: string): boolean {
  return (
    /\b(?:chdir|umask|set(?:e?[ug]id|groups)|initgroups|stdin|beforeExit|worker_threads|isMainThread|child_process|dlopen)\b/.test(code) ||
    /\bprocess\s*\.\s*(?:abort|kill|binding|reallyExit)\b|\.\s*(?:on|once|addListener|prepend(?:Once)?Listener)\s*\(\s*['"`]SIG/.test(code) ||
    /\.fd\b|\/dev\/(?:std(?:in|out|err)|fd\/)|\b(?:(?:read|write|append)(?:File)?|fsync|close)(?:Sync)?\s*\(\s*[0-2]\s*[,)]/.test(code)
  );
}

/**
 * The pool of Node hosts a language's snippets run from; the host program is written into its
 * work folder. A host is never retired: a worker gives back what it took when it ends (over
 * 2,000 fetch, axios and node:http runs in one host, its resident memory levelled off at about
 * 100 MB after the first thousand, and its open descriptors stayed the same).
 */
export function nodeHosts(ctx: RunnerContext, node: string): HostPool {
  const script = join(ctx.workDir, 'node-host.cjs');
  writeFileSync(script, NODE_HOST);
  return new HostPool(() => ctx.forkHost(node, [script]));
}
