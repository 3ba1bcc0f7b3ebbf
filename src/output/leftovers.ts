import { readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Temporary files and folders a run stages its output in: `<name>.snipgen.<pid>.<time>.tmp` beside
 * each target, or `.snipgen.<pid>.<time>.tmp/` for a whole new folder. The pid says whose they are.
 */
export function temporaryName(name: string): string {
  return `${name}.snipgen.${process.pid}.${Date.now()}.tmp`;
}

const TEMPORARY = /\.snipgen\.(\d+)\.\d+\.tmp$/;

/**
 * What runs that died (killed, out of disk) left in the output folder: temporary entries whose
 * process is gone. Paths relative to `root`, sorted; symbolic links are never followed. A run
 * holding the output lock passes `holdingLock`: then every other run's entries are leftovers, as
 * a live run would be waiting for the lock before it stages anything (and a reused pid cannot
 * keep a dead run's files alive).
 */
export function findLeftovers(root: string, holdingLock = false): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const full = join(dir, entry.name);
      const match = TEMPORARY.exec(entry.name);
      if (match) {
        const pid = Number(match[1]);
        if (pid !== process.pid && (holdingLock || !alive(pid))) found.push(relative(root, full));
      } else if (entry.isDirectory()) walk(full);
    }
  };
  walk(root);
  return found.sort();
}

/** Removes what findLeftovers finds, for a run that holds the output lock; returns how many entries went. */
export function removeLeftovers(root: string): number {
  const leftovers = findLeftovers(root, true);
  for (const path of leftovers) rmSync(join(root, path), { recursive: true, force: true });
  return leftovers.length;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
