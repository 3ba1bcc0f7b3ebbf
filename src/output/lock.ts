import { lstatSync, mkdirSync, readFileSync, readdirSync, rmSync, rmdirSync, statSync, writeFileSync } from 'node:fs';
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
      const holder = readPid(lock);
      // Gone meanwhile: released, and perhaps already taken again; try again rather than remove.
      if (holder === undefined) continue;
      if (!holderAlive(lock, holder)) {
        rmSync(lock, { force: true });
        continue;
      }
      if (Date.now() > deadline) throw new SnipgenError(`${lock} is held by another snipgen run (${holder ? `pid ${holder}` : 'its pid not yet written'}); waited ${timeoutMs / 1000}s`, 'io');
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

/** The pid a lock names (NaN for text that is not one, 0 while empty), or undefined when there is no lock. */
function readPid(lock: string): number | undefined {
  try {
    return Number(readFileSync(lock, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * A lock a run has created but not yet written its pid into, the instant between the two
 * steps of writeFileSync, reads empty: it is held, unless it stayed empty long enough that its
 * writer must have died in between. (Read as stale, a second run took it and removed the
 * first's staging folder as a leftover.)
 */
const EMPTY_LOCK_GRACE_MS = 10_000;

function holderAlive(lock: string, pid: number): boolean {
  if (pid === 0) return Date.now() - (statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0) < EMPTY_LOCK_GRACE_MS;
  if (!Number.isInteger(pid) || pid < 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
