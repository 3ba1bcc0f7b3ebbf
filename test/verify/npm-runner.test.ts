import { lstatSync, mkdirSync, mkdtempSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import { HostPool } from '../../src/verify/fork-host.js';
import { runProcess, type ProcessResult } from '../../src/verify/process.js';
import { npmRunner } from '../../src/verify/runners/npm.js';
import type { RunnerContext, Snippet } from '../../src/verify/runners/types.js';
import { fixtureEndpoint } from '../support.js';

const work = mkdtempSync(join(tmpdir(), 'snipgen-npm-runner-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const axios = CLIENTS.find((c) => c.id === 'javascript/axios')!;
const PACKAGE = `axios@${axios.library.version}`;

function snippets(folder: string, count: number): Snippet[] {
  return Array.from({ length: count }, (_, i) => {
    const dir = join(work, folder, `s${i}`);
    mkdirSync(dir, { recursive: true });
    return { client: axios, style: 'runnable', endpoint: fixtureEndpoint('method-get', 'runnable'), code: 'console.log(1);\n', dir, env: {} };
  });
}

/** A context whose npm is replaced by `npm`; every other program (node's syntax check) really runs. */
function context(folder: string, npm: () => Partial<ProcessResult>): { ctx: RunnerContext; npmCalls: string[][] } {
  const npmCalls: string[][] = [];
  const ctx: RunnerContext = {
    workDir: join(work, folder),
    cacheDir: join(work, folder, 'cache'),
    exec: async (command, args, options) => {
      if (command !== 'npm') return runProcess(command, args, { timeoutMs: 60_000, ...options });
      npmCalls.push([...args]);
      return { code: 0, signal: null, stdout: '', stderr: '', timedOut: false, ms: 0, ...npm() };
    },
    status: () => {},
  };
  return { ctx, npmCalls };
}

describe('the npm runner (javascript/axios)', () => {
  it('skips every snippet with npm\'s reason when the package cannot be installed, and caches nothing', async () => {
    const { ctx, npmCalls } = context('offline', () => ({ code: 1, stderr: 'npm error code ENOTFOUND\nnpm error network request failed\n' }));
    const prepared = await npmRunner.prepare(snippets('offline', 2), ctx);
    expect([...prepared.values()]).toEqual([
      { skipped: `npm could not install ${PACKAGE}: npm error code ENOTFOUND; npm error network request failed` },
      { skipped: `npm could not install ${PACKAGE}: npm error code ENOTFOUND; npm error network request failed` },
    ]);
    expect(npmCalls).toHaveLength(1);
    expect(npmCalls[0]).toContain(PACKAGE);
    expect(npmCalls[0]).toContain('--ignore-scripts');
    expect(() => lstatSync(join(ctx.cacheDir, PACKAGE))).toThrow();
  });

  it('installs once for all snippets, links each snippet\'s node_modules to the install, then checks them and runs them from Node hosts', async () => {
    // The stub "installs" by creating the folder npm would fill.
    const { ctx, npmCalls } = context('online', () => {
      const args = npmCalls.at(-1)!;
      mkdirSync(join(args[args.indexOf('--prefix') + 1]!, 'node_modules'), { recursive: true });
      return {};
    });
    const group = snippets('online', 2);
    const prepared = await npmRunner.prepare(group, ctx);
    expect(npmCalls).toHaveLength(1);
    for (const s of group) {
      expect(readlinkSync(join(s.dir, 'node_modules'))).toBe(join(ctx.cacheDir, PACKAGE, 'node_modules'));
      expect(prepared.get(s)).toEqual({ steps: [{ stage: 'run', command: process.execPath, args: [join(s.dir, 'main.mjs')], host: expect.any(HostPool) }] });
    }
    // A second run finds the install in the cache and asks npm for nothing.
    await npmRunner.prepare(snippets('online-again', 1), { ...ctx, workDir: join(work, 'online-again') });
    expect(npmCalls).toHaveLength(1);
  });
});
