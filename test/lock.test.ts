import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LOCK_FILE, withOutputLock } from '../src/output/lock.js';

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function folder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-lock-'));
  made.push(dir);
  return dir;
}

describe('withOutputLock', () => {
  it('holds the lock with its pid while the work runs and removes it after', async () => {
    const out = join(folder(), 'out');
    const seen = await withOutputLock(out, () => readFileSync(join(out, LOCK_FILE), 'utf8'));
    expect(seen).toBe(String(process.pid));
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('takes over a lock whose process is gone', async () => {
    const out = folder();
    // No process has pid 2^22 + 1 here: Linux pids stop at 2^22.
    writeFileSync(join(out, LOCK_FILE), String(2 ** 22 + 1));
    expect(await withOutputLock(out, () => 'ran')).toBe('ran');
    expect(existsSync(join(out, LOCK_FILE))).toBe(false);
  });

  it('leaves a lock another run took meanwhile (ours removed by hand) to that run', async () => {
    const out = folder();
    const other = String(process.ppid);
    await withOutputLock(out, () => writeFileSync(join(out, LOCK_FILE), other));
    expect(readFileSync(join(out, LOCK_FILE), 'utf8')).toBe(other);
  });

  it('waits for a live holder and then names it', async () => {
    const out = folder();
    writeFileSync(join(out, LOCK_FILE), String(process.ppid));
    await expect(withOutputLock(out, () => 'ran', 120)).rejects.toThrow(`held by another snipgen run (pid ${process.ppid})`);
  });

  // writeFileSync creates the lock and then writes the pid: a second run that read the empty
  // file as a dead holder's took the lock and removed the first run's staging folder.
  it('waits for a lock still being written (empty), and takes over one left empty long ago', async () => {
    const out = folder();
    const lock = join(out, LOCK_FILE);
    writeFileSync(lock, '');
    await expect(withOutputLock(out, () => 'ran', 120)).rejects.toThrow('held by another snipgen run (its pid not yet written)');
    const minuteAgo = new Date(Date.now() - 60_000);
    utimesSync(lock, minuteAgo, minuteAgo);
    expect(await withOutputLock(out, () => 'ran')).toBe('ran');
    expect(existsSync(lock)).toBe(false);
  });

  it('removes the folders it made when the work fails', async () => {
    const base = folder();
    await expect(
      withOutputLock(join(base, 'a', 'b'), () => {
        throw new Error('render failed');
      }),
    ).rejects.toThrow('render failed');
    expect(existsSync(join(base, 'a'))).toBe(false);
  });
});
