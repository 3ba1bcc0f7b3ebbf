import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { ForkHost } from '../../src/verify/fork-host.js';
import { RUN_MARKER, runProcess } from '../../src/verify/process.js';
import { NODE_HOST, needsOwnNode, nodeHosts } from '../../src/verify/runners/node-host.js';
import type { RunnerContext } from '../../src/verify/runners/types.js';

/**
 * The Node host (src/verify/runners/node-host.ts) runs each Node snippet in a worker thread of
 * one Node process: each must run as `node FILE` runs it, and nothing one run changes may reach
 * the next. Each property is compared with `node FILE` itself, on the same file.
 */
const NODE = process.execPath;
const work = mkdtempSync(join(tmpdir(), 'snipgen-node-host-'));
const hosts: ForkHost[] = [];
afterAll(async () => {
  await Promise.all(hosts.map((h) => h.close()));
  rmSync(work, { recursive: true, force: true });
});
const ctx = {
  workDir: work,
  forkHost: (command: string, args: readonly string[]) => {
    const host = new ForkHost(command, args, { PATH: process.env.PATH, HOST_ONLY: 'yes' }, work);
    hosts.push(host);
    return host;
  },
} as unknown as RunnerContext;
const pool = nodeHosts(ctx, NODE);
const ENV = { PATH: process.env.PATH!, [RUN_MARKER]: 'test' };

let folders = 0;
/** Writes `source` as main.mjs in a folder of its own (with `also` beside it); returns the file. */
function program(source: string, also: Record<string, string> = {}): string {
  const dir = join(work, `p${++folders}`);
  mkdirSync(dir);
  for (const [name, text] of Object.entries(also)) writeFileSync(join(dir, name), text);
  writeFileSync(join(dir, 'main.mjs'), source);
  return join(dir, 'main.mjs');
}
const folderOf = (file: string) => join(file, '..');

/** The file run in a host (as verify runs a step, the file last but for `args`), and by `node FILE ARGS` itself. */
async function both(file: string, env: Record<string, string> = {}, timeoutMs = 20_000, args: string[] = []) {
  const options = { cwd: folderOf(file), env: { ...ENV, ...env }, timeoutMs };
  const [hosted, direct] = await Promise.all([pool.run(file, { ...options, args: [file, ...args] }), runProcess(NODE, [file, ...args], options)]);
  return { hosted, direct };
}

/** Which process ran the code: its id in its PID namespace, and that namespace. */
const IDENTITY = `process.pid + ' ' + (await import('node:fs')).readlinkSync('/proc/self/ns/pid')`;

describe('the Node host', () => {
  it('gets a command larger than one read whole, a character split between two reads included', async () => {
    const file = program(`const { createHash } = await import('node:crypto');\nconsole.log((process.env.BIG1 + process.env.BIG2 + process.env.BIG3).length, createHash('sha256').update(process.env.BIG1 + process.env.BIG2 + process.env.BIG3).digest('hex'));`);
    // 3 bytes each in UTF-8: 360 kB of command line (a variable may hold 128 kB), read in 64 kB chunks, most of whose ends fall inside one.
    const big = '€'.repeat(40_000);
    const { hosted, direct } = await both(file, { BIG1: big, BIG2: big, BIG3: big });
    expect(direct.stdout).toMatch(/^120000 [0-9a-f]{64}\n$/);
    expect(hosted).toMatchObject({ code: 0, stdout: direct.stdout });
  });

  it('writes stdout and stderr byte for byte as node does: partial lines, bytes that are not UTF-8, megabytes', async () => {
    const file = program(`
process.stdout.write('no line end, ');
process.stderr.write(Buffer.from([0x68, 0xff, 0xfe, 0x0a]));
console.log('café 😀');
for (let i = 0; i < 300; i++) process.stdout.write(String(i).repeat(4000) + '\\n');
console.error('x'.repeat(1 << 20));
process.stdout.write('last words');
`);
    // ForkHost reads at most MAX_OUTPUT of each stream: here the host's files are read whole.
    const hosted = await rawRun(file, ENV);
    const direct = spawnSync(NODE, [file], { cwd: folderOf(file), env: ENV, maxBuffer: 64 << 20 });
    expect(direct.stdout.length).toBeGreaterThan(2_000_000);
    expect(hosted.code).toBe(0);
    expect(hosted.stdout.equals(direct.stdout)).toBe(true);
    expect(hosted.stderr.equals(direct.stderr)).toBe(true);
  });

  it('keeps what a program writes just before process.exit', async () => {
    // Less than a pipe holds: node FILE itself drops what a full pipe still holds back at process.exit.
    const file = program(`
console.log('first');
process.stderr.write('e'.repeat(20_000));
setTimeout(() => { process.stdout.write('o'.repeat(20_000) + ' and no line end'); process.exit(7); }, 20);
`);
    const { hosted, direct } = await both(file);
    expect(direct.stdout).toMatch(/^first\no+ and no line end$/);
    expect(hosted).toMatchObject({ code: 7, stdout: direct.stdout, stderr: direct.stderr });
  });

  it('gives the run its environment alone, node\'s argv, its folder as the working folder, and resolves imports as node does', async () => {
    const lib = join(work, 'lib');
    mkdirSync(join(lib, 'node_modules', 'defaults'), { recursive: true });
    writeFileSync(join(lib, 'node_modules', 'defaults', 'package.json'), '{ "name": "defaults", "main": "index.js" }');
    writeFileSync(join(lib, 'node_modules', 'defaults', 'index.js'), 'module.exports = { headers: {}, file: __filename };');
    const file = program(
      `
import { readFile } from 'node:fs/promises';
import defaults from 'defaults';
import { answer } from './helper.mjs';
const names = Object.keys(process.env).filter((n) => n !== 'PATH').sort();
console.log(JSON.stringify({
  names, token: process.env.TOKEN, hostOnly: process.env.HOST_ONLY,
  argv: process.argv, execArgv: process.execArgv, argv0: process.argv0,
  cwd: process.cwd(), url: import.meta.url, answer, library: defaults.file,
  beside: await readFile('data.txt', 'utf8'),
}, null, 1));
`,
      { 'helper.mjs': 'export const answer = await Promise.resolve(42);\n', 'data.txt': 'read from the working folder' },
    );
    // As the npm runner links each snippet's folder to its install.
    symlinkSync(join(lib, 'node_modules'), join(folderOf(file), 'node_modules'), 'dir');
    const { hosted, direct } = await both(file, { TOKEN: 'a"b\\c\nd\u0001 é😀' }, 20_000, ['one', '-two', 'th ree']);
    expect(direct.stdout).toContain('"th ree"');
    expect(direct.stdout).toContain('"answer": 42');
    expect(direct.stdout).toContain(`"library": "${join(lib, 'node_modules', 'defaults', 'index.js')}"`);
    expect(hosted).toMatchObject({ code: 0, timedOut: false, stdout: direct.stdout, stderr: direct.stderr });
  });

  it('exits as node does: the end of the program, process.exit, process.exitCode, a top-level await that never settles', async () => {
    for (const [source, code] of [
      ['console.log("done");', 0],
      ['setTimeout(() => { console.log("later"); process.exit(3); }, 50);', 3],
      ['process.exitCode = 5; process.on("exit", (c) => console.log("exit", c));', 5],
      ['await new Promise(() => {});', 13],
    ] as const) {
      const { hosted, direct } = await both(program(source));
      expect(direct.code).toBe(code);
      expect(hosted).toMatchObject({ code, signal: null, stdout: direct.stdout, stderr: direct.stderr });
    }
  });

  it("reports an uncaught exception or unhandled rejection as node does, with status 1", async () => {
    const sources = [
      'console.log("before");\nthrow new Error("boom");',
      'undefinedFunction();',
      'const e = new TypeError("bad"); e.code = "E_BAD"; e.details = { depth: { of: { an: { object: 1 } } } }; Promise.reject(e);',
      'process.on("exit", () => console.error("exit handler first"));\n\tawait Promise.reject(new Error("tla", { cause: new RangeError("the cause") }));',
      'process.on("uncaughtException", (e) => { console.error("handled", e.message); process.exitCode = 4; });\nsetTimeout(() => { throw new Error("second"); }, 10);\nthrow new Error("first");',
    ];
    for (const source of sources) {
      const { hosted, direct } = await both(program(source));
      expect(direct.stderr).toMatch(/^(file:|handled|exit handler)/);
      expect(hosted).toMatchObject({ code: direct.code, stdout: direct.stdout, stderr: direct.stderr });
    }
    // Where V8 places the error in Node's own code, node shows that source line first; the host cannot.
    for (const source of ['Promise.reject("a string");', 'throw 42;', 'await fetch("http://127.0.0.1:1/");']) {
      const { hosted, direct } = await both(program(source));
      expect(direct.code).toBe(1);
      expect(direct.stderr).toMatch(/^\n?node:internal\//);
      expect(hosted.code).toBe(1);
      expect(hosted.stderr.length).toBeGreaterThan(20);
      expect(direct.stderr.endsWith(hosted.stderr)).toBe(true);
    }
  });

  it("keeps nothing of one run for the next: globals, fetch, undici's dispatcher, a library's state, timers; both runs in one process", async () => {
    const lib = join(work, 'state');
    mkdirSync(join(lib, 'node_modules', 'client'), { recursive: true });
    writeFileSync(join(lib, 'node_modules', 'client', 'package.json'), '{ "name": "client", "type": "module", "main": "index.js" }');
    writeFileSync(join(lib, 'node_modules', 'client', 'index.js'), 'export const defaults = { headers: {} };\n');
    const file = program(`
import { defaults } from 'client';
const dispatcher = Symbol.for('undici.globalDispatcher.1');
console.log(JSON.stringify([typeof globalThis.left, String(globalThis.fetch).includes('replaced'), typeof globalThis[dispatcher], defaults.headers, process.env.LEFT ?? null, Object.keys(process.env).length]));
console.error(${IDENTITY});
globalThis.left = true;
globalThis.fetch = () => { throw new Error('replaced'); };
globalThis[dispatcher] = { dispatch() { throw new Error('replaced'); } };
defaults.headers['X-Left'] = 'behind';
process.env.LEFT = 'behind';
setTimeout(() => console.log('a timer of the first run'), 300).unref();
`);
    symlinkSync(join(lib, 'node_modules'), join(folderOf(file), 'node_modules'), 'dir');
    const first = await both(file);
    const second = await both(file);
    expect(first.direct.stdout).toBe('["undefined",false,"undefined",{},null,2]\n');
    expect(first.hosted).toMatchObject({ code: 0, stdout: first.direct.stdout });
    expect(second.hosted).toMatchObject({ code: 0, stdout: first.direct.stdout });
    expect(second.hosted.stderr).toBe(first.hosted.stderr);
    expect(first.direct.stderr).not.toBe(second.direct.stderr);
  });

  it('runs a program that keeps a timer alive to its time limit, as node does, then ends it and goes on serving in the same process', async () => {
    const file = program(`console.error(${IDENTITY}); setInterval(() => console.log('tick'), 20);`);
    const { hosted, direct } = await both(file, {}, 1_000);
    expect(direct).toMatchObject({ timedOut: true, signal: 'SIGKILL' });
    expect(hosted).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    expect(hosted.stdout).toMatch(/^(tick\n)+$/);
    const after = await pool.run(file, { cwd: folderOf(file), env: ENV, timeoutMs: 200, args: [file] });
    expect(after.stderr).toBe(hosted.stderr);
    const spin = program(`console.error(${IDENTITY}); while (true) {}`);
    expect(await pool.run(spin, { cwd: folderOf(spin), env: ENV, timeoutMs: 500, args: [spin] })).toMatchObject({ timedOut: true, stderr: hosted.stderr });
    // Past the grace the host gives a worker that termination cannot stop: these ended, so it stays.
    await new Promise((resolve) => setTimeout(resolve, 5_500));
    expect(await pool.run(spin, { cwd: folderOf(spin), env: ENV, timeoutMs: 200, args: [spin] })).toMatchObject({ timedOut: true, stderr: hosted.stderr });
  }, 30_000);

  it('runs side by side in as many processes as there are runs at once, each in its own working folder', async () => {
    const files = [1, 2, 3].map(() => program(`await new Promise((r) => setTimeout(r, 300)); console.log(process.cwd()); console.error(${IDENTITY});`));
    const runs = await Promise.all(files.map((file) => pool.run(file, { cwd: folderOf(file), env: ENV, timeoutMs: 20_000, args: [file] })));
    expect(runs.map((r) => r.stdout)).toEqual(files.map((f) => `${folderOf(f)}\n`));
    expect(new Set(runs.map((r) => r.stderr)).size).toBe(3);
  });
});

describe('which snippets need a Node process of their own', () => {
  it('ones that use what a worker shares with its host, or that a worker runs differently', () => {
    const own = [
      "process.chdir('/tmp');",
      'process.umask(0o22);',
      'process.setuid(1000);',
      "process.on('SIGINT', () => process.exit(130));",
      "process.once( 'SIGTERM', stop);",
      'process.kill(process.pid);',
      'process.abort();',
      'for await (const chunk of process.stdin) input += chunk;',
      "import { stdin } from 'node:process';",
      "process.on('beforeExit', flush);",
      "import { isMainThread } from 'node:worker_threads';",
      "import { execSync } from 'node:child_process';",
      'fs.writeSync(1, "out");',
      'const input = readFileSync(0, "utf8");',
      'fs.writeFileSync("/dev/stdout", text);',
      'fs.fsyncSync(process.stdout.fd);',
    ];
    for (const code of own) expect([code, needsOwnNode(code)]).toEqual([code, true]);
    const hosted = [
      "const response = await fetch('http://127.0.0.1:8080/', { signal: AbortSignal.timeout(5000) });",
      "controller.abort(); process.exit(1); process.exitCode = 2; process.on('exit', () => {});",
      "import axios from 'axios'; import { readFile } from 'node:fs/promises'; import http from 'node:http';",
      "headers: { 'X-Signature': 'SIGNED' }, body: await readFile('upload.bin')",
    ];
    for (const code of hosted) expect([code, needsOwnNode(code)]).toEqual([code, false]);
  });
});

/** Runs `file` in the host program started by hand, its output files read whole, as soon as the host reports the exit (as ForkHost does). */
async function rawRun(file: string, env: Record<string, string>): Promise<{ code: number; stdout: Buffer; stderr: Buffer }> {
  const script = join(work, 'raw-host.cjs');
  writeFileSync(script, NODE_HOST);
  const host = spawn(NODE, [script], { stdio: ['ignore', 'ignore', 'inherit', 'pipe', 'pipe'] });
  const [stdout, stderr] = [join(work, 'raw.out'), join(work, 'raw.err')];
  let events = '';
  (host.stdio[4] as Readable).on('data', (chunk: Buffer) => (events += chunk));
  (host.stdio[3] as Writable).write(`${JSON.stringify({ run: 1, file, args: [file], cwd: folderOf(file), env, stdout, stderr })}\n`);
  while (!/"exit":1/.test(events)) await once(host.stdio[4] as Readable, 'data');
  const exit = JSON.parse(events.split('\n').find((l) => l.includes('"exit"'))!) as { code: number };
  const result = { code: exit.code, stdout: readFileSync(stdout), stderr: readFileSync(stderr) };
  (host.stdio[3] as Writable).end();
  await once(host, 'close');
  return result;
}
