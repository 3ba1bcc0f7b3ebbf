import type { ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HostPool } from '../../src/verify/fork-host.js';
import { RUN_MARKER } from '../../src/verify/process.js';
import { PYTHON, preloadFor, pythonRunner } from '../../src/verify/runners/python.js';
import { PYTHON_HOST } from '../../src/verify/runners/python-host.js';
import { findClients } from '../../src/clients/index.js';
import { forkHostTestbed } from './fork-host-support.js';

/**
 * The Python fork host (src/verify/fork-host.ts) must run each file as `python3 FILE` would, and
 * nothing one snippet does may reach the next: these are the properties verify's results rest on.
 */
const missing = await pythonRunner.unavailable(findClients(['python/http-client'])[0]!);
const { work, host, program, run } = forkHostTestbed('fork-host', { command: PYTHON, script: 'fork-host.py', source: PYTHON_HOST, main: 'main.py' });

describe.skipIf(missing)(`the Python fork host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const shared = missing ? undefined : host(['json']);

  it('runs a file as python3 FILE does: __main__, argv, its folder on sys.path, its working folder and only its environment', async () => {
    const p = program(
      [
        'import os, sys',
        'print(__name__, sys.argv == [__file__], sys.path[0] == os.path.dirname(__file__), os.getcwd() == os.path.dirname(__file__))',
        `print(os.environ.get("TOKEN"), os.environ.get("HOST_ONLY"), sorted(k for k in os.environ if k not in ("PATH", "${RUN_MARKER}")))`,
        'print("to stderr", file=sys.stderr)',
      ].join('\n'),
    );
    const result = await run(shared!, p, { TOKEN: 't-1' });
    expect(result).toMatchObject({ code: 0, signal: null, timedOut: false, stdout: "__main__ True True True\nt-1 None ['TOKEN']\n", stderr: 'to stderr\n' });
  });

  it("exits as the interpreter does: sys.exit's status or message, an uncaught exception's traceback, atexit handlers and threads first", async () => {
    expect((await run(shared!, program('import sys\nsys.exit(3)'))).code).toBe(3);
    expect(await run(shared!, program('import sys\nsys.exit("no luck")'))).toMatchObject({ code: 1, stderr: 'no luck\n' });
    const raised = await run(shared!, program('def f():\n    raise ValueError("boom")\nf()'));
    expect(raised.code).toBe(1);
    expect(raised.stderr).toMatch(/^Traceback \(most recent call last\):\n[\s\S]*main\.py", line 3[\s\S]*ValueError: boom\n$/);
    const late = await run(
      shared!,
      program(['import atexit, threading, time', 'atexit.register(lambda: print("atexit ran"))', 'threading.Thread(target=lambda: (time.sleep(0.2), print("thread done"))).start()', 'print("main done")'].join('\n')),
    );
    expect(late).toMatchObject({ code: 0, stdout: 'main done\nthread done\natexit ran\n' });
  });

  it('gives every run a fresh copy of the imported library: what one snippet changes, the next does not see', async () => {
    const changed = await run(shared!, program('import json, os\njson.dumps = None\njson.leaked = True\nos.environ["LEAKED"] = "1"\nprint("changed")'));
    expect(changed.stdout).toBe('changed\n');
    const next = await run(shared!, program('import json, os\nprint(callable(json.dumps), hasattr(json, "leaked"), os.environ.get("LEAKED"))'));
    expect(next.stdout).toBe('True False None\n');
  });

  it('runs snippets side by side, each with its own output', async () => {
    const results = await Promise.all([1, 2, 3].map((n) => run(shared!, program(`import time\ntime.sleep(0.3)\nprint(${n})`))));
    expect(results.map((r) => r.stdout)).toEqual(['1\n', '2\n', '3\n']);
  });

  it('ends a run at its deadline and what it started once it exits, and goes on serving', async () => {
    const stuck = await run(shared!, program('while True:\n    pass'), {}, 500);
    expect(stuck).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    // What a snippet leaves running would write this file half a second after the snippet ended.
    const late = join(work, 'written-by-a-leftover');
    const left = await run(shared!, program(`import subprocess\nsubprocess.Popen(["sh", "-c", "sleep 0.5; touch ${late}"])\nprint("left")`));
    expect(left.stdout).toBe('left\n');
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(existsSync(late)).toBe(false);
    expect((await run(shared!, program('print("still serving")'))).stdout).toBe('still serving\n');
  });

  it('reports a host that cannot start as the reason each of its runs failed', async () => {
    const broken = host(['no_such_module_anywhere']);
    const result = await run(broken, program('print("never")'));
    expect(result.code).toBeNull();
    expect(result.spawnError).toMatch(/fork host ended/);
    expect(result.spawnError).toMatch(/ModuleNotFoundError: No module named 'no_such_module_anywhere'/);
  });

  it('fails the runs after a host has ended at once, not at their deadline', async () => {
    const doomed = host(['json']);
    expect((await run(doomed, program('print("served")'))).stdout).toBe('served\n');
    // Killed from outside, as the out-of-memory killer would: the host leads its own process group.
    const child = (doomed as unknown as { child: ChildProcess }).child;
    const closed = new Promise((resolve) => child.once('close', resolve));
    process.kill(-child.pid!, 'SIGKILL');
    await closed;
    const started = Date.now();
    const after = await run(doomed, program('print("never")'), {}, 20_000);
    expect(after.spawnError).toMatch(/fork host ended/);
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('what a Python fork host imports for a snippet', () => {
  it("is the client's preload modules that the snippet's opening imports name, in their order", () => {
    const preload = ['asyncio', 'aiohttp', 'yarl', 'http.client', 'json'];
    expect(preloadFor('import asyncio\n\nimport aiohttp\nfrom yarl import URL\n\n\nasync def main():\n    pass\n', preload)).toEqual(['asyncio', 'aiohttp', 'yarl']);
    expect(preloadFor('# a comment\nimport json, http.client as h\nfrom urllib.parse import urlsplit\n', preload)).toEqual(['json', 'http.client']);
  });

  it('is nothing the snippet does not import before its first statement: the host must not have done what the file does not do', () => {
    // `import http` alone does not make http.client an attribute of http; a host that had imported it would.
    expect(preloadFor('import http\nconn = http.client.HTTPConnection("x")\n', ['http.client'])).toEqual([]);
    expect(preloadFor('x = 1\nimport aiohttp\n', ['aiohttp'])).toEqual([]);
  });
});

describe.skipIf(missing)(`a pool of hosts${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('replaces a host by a fresh one after its runs per host, and one that ended at once', async () => {
    const pool = new HostPool(() => host([]), 2);
    // Which host ran it: its PID namespace, or its process id where there are none.
    const p = program('import os\nprint(os.readlink("/proc/self/ns/pid"), os.getppid())');
    const hosts = [];
    for (let i = 0; i < 5; i++) hosts.push((await pool.run(p.file, { cwd: p.dir, env: { PATH: process.env.PATH! }, timeoutMs: 20_000, args: [p.file] })).stdout);
    expect(hosts[0]).toBe(hosts[1]);
    expect(hosts[2]).not.toBe(hosts[1]);
    expect(hosts[2]).toBe(hosts[3]);
    expect(hosts[4]).not.toBe(hosts[3]);
  });
});
