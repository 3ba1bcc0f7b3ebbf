import { lstatSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SnipgenError } from '../errors.js';

/**
 * The output folder as the one place snipgen may change: every path it writes, renames or
 * removes goes through `target`, which refuses a path whose text leaves the folder, a target that
 * is a symbolic link, and a target whose existing folders resolve (through links anywhere on the
 * way) outside the folder's real path. Nothing a manifest or a link says can move a write or a
 * delete elsewhere.
 */
export class OutputFolder {
  readonly root: string;
  private realRoot: string | undefined;
  /** Folders already found to resolve inside: a run asks about each folder once, not once per file. */
  private readonly inside = new Set<string>();

  constructor(outDir: string) {
    this.root = resolve(outDir);
  }

  /** The absolute path of `path` (relative, with `/`), after every check; throws SnipgenError('io') otherwise. */
  target(path: string): string {
    if (!isSafeRelative(path)) throw new SnipgenError(`refusing to write outside the output folder: ${JSON.stringify(path)}`, 'io');
    const full = join(this.root, path);
    if (isLink(full)) throw new SnipgenError(`refusing to go through the symbolic link ${path} in the output folder`, 'io');
    this.assertInside(dirname(full), path);
    return full;
  }

  /** Refuses `dir` (absolute, inside root by its text) when its nearest existing folder resolves outside the real output folder. */
  private assertInside(dir: string, shown: string): void {
    let existing = dir;
    while (!exists(existing) && existing !== this.root) existing = dirname(existing);
    if (this.inside.has(existing)) return;
    this.realRoot ??= realpathSync(this.root);
    let real: string;
    try {
      real = realpathSync(existing);
    } catch {
      throw new SnipgenError(`refusing ${shown}: ${relative(this.root, existing) || '.'} is a symbolic link that leads nowhere`, 'io');
    }
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      throw new SnipgenError(`refusing ${shown}: ${relative(this.root, existing) || '.'} resolves outside the output folder (to ${real})`, 'io');
    }
    this.inside.add(existing);
  }
}

/** A relative path that stays inside any folder by its text alone: no `..`, not absolute, not empty, no NUL. */
export function isSafeRelative(path: string): boolean {
  return typeof path === 'string' && path !== '' && !isAbsolute(path) && !path.includes('\0') && !path.split(/[\\/]/).some((s) => s === '..') && !/^[A-Za-z]:/.test(path);
}

/** Whether `path` is a symbolic link (dangling or not); false when nothing is there. */
export function isLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
