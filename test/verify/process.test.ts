import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runProcess, treeIsolation, type TreeIsolation } from '../../src/verify/process.js';

/** Processes whose command line holds `token`, by pid. */
function running(token: string): number[] {
  return readdirSync('/proc')
    .filter((e) => /^\d+$/.test(e))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').includes(token);
      } catch {
        return false;
      }
    })
    .map(Number);
}

const linux = process.platform === 'linux';
const best = linux ? await treeIsolation() : undefined;
const modes: Array<[string, TreeIsolation | undefined, string | false]> = [
  ['its own PID namespace', best?.kind === 'pid-namespace' ? best : undefined, best?.kind === 'pid-namespace' ? false : 'unshare cannot make a PID namespace on this machine'],
  ['environment markers found under /proc', { kind: 'proc' }, linux ? false : 'no /proc on this platform'],
];

describe.each(modes)('a snippet run in %s leaves nothing running', (_name, isolation, skip) => {
  let n = 0;
  it.skipIf(skip)(`a child started with setsid, which leaves the process group, is ended with the program${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    // A distinctive duration names the sleeper in /proc; it would outlive the test by far.
    const token = `${400 + (++n) + (isolation!.kind === 'proc' ? 100 : 0)}.${process.pid % 1000}`;
    const program = `setsid sleep ${token} & setsid sh -c 'sleep ${token}' & sleep 0.3; echo started`;
    const result = await runProcess('bash', ['-c', program], { cwd: '/', timeoutMs: 20_000, wholeTree: true, isolation });
    expect([result.code, result.stdout, result.timedOut]).toEqual([0, 'started\n', false]);
    // The sleepers hold the program's output open: the run ends when the program does, not at the deadline.
    expect(result.ms).toBeLessThan(10_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(running(`sleep ${token}`)).toEqual([]);
  }, 30_000);

  it.skipIf(skip)(`a program past its deadline is ended with its children${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const token = `${600 + (++n) + (isolation!.kind === 'proc' ? 100 : 0)}.${process.pid % 1000}`;
    const result = await runProcess('bash', ['-c', `setsid sleep ${token} & sleep ${token}`], { cwd: '/', timeoutMs: 1_000, wholeTree: true, isolation });
    expect(result.timedOut).toBe(true);
    await new Promise((r) => setTimeout(r, 200));
    expect(running(`sleep ${token}`)).toEqual([]);
  }, 30_000);

  it.skipIf(skip)(`the program's exit code comes through${skip ? ` (skipped: ${skip})` : ''}`, async () => {
    const result = await runProcess('bash', ['-c', 'echo out; echo err >&2; exit 3'], { cwd: '/', timeoutMs: 10_000, wholeTree: true, isolation });
    expect([result.code, result.stdout, result.stderr]).toEqual([3, 'out\n', 'err\n']);
  });
});
