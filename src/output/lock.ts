import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';

export const LOCK_FILE = '.snipgen.lock';

/**
 * Runs `fn` holding an exclusive lock on the output folder, so two `gen` runs on one folder
 * take turns instead of interleaving writes and orphan removal. A lock left by a process that
 * no longer exists is taken over. When `fn` fails, the folders made for the lock are removed
 * again if they are empty: a failed run into a new folder leaves nothing behind.
 */
export async function withOutputLock<T>(outDir: string, fn: () => T, timeoutMs = 30_000): Promise<T> {
  const created = mkdirSync(outDir, { recursive: true });
  const lock = join(outDir, LOCK_FILE);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      if (!holderAlive(lock)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new SnipgenError(`${lock} is held by another snipgen run (pid ${readPid(lock)}); waited ${timeoutMs / 1000}s`, 'io');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  try {
    return fn();
  } catch (e) {
    release(lock);
    if (created) removeEmptyUpTo(resolve(outDir), resolve(created));
    throw e;
  } finally {
    release(lock);
  }
}

/** Removes the lock if it is still this process's: one removed by hand and taken by another run is that run's to remove. */
function release(lock: string): void {
  if (readPid(lock) === process.pid) rmSync(lock, { force: true });
}

/** Removes `dir` and its parents up to `top`, stopping at the first that is not empty (or is gone). */
export function removeEmptyUpTo(dir: string, top: string): void {
  for (;;) {
    if (!entryExists(dir) || readdirSync(dir).length > 0) return;
    rmdirSync(dir);
    if (dir === top) return;
    dir = dirname(dir);
  }
}

function entryExists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function readPid(lock: string): number {
  try {
    return Number(readFileSync(lock, 'utf8'));
  } catch {
    return NaN;
  }
}

function holderAlive(lock: string): boolean {
  const pid = readPid(lock);
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
