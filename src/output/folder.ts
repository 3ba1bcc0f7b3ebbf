import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';
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
    return this.entry(path).full;
  }

  /** `target`, and what is at it now (undefined for nothing): the link check's one lstat serves both. */
  entry(path: string): { full: string; stats: Stats | undefined } {
    if (!isSafeRelative(path)) throw new SnipgenError(`refusing to write outside the output folder: ${JSON.stringify(path)}`, 'io');
    const full = join(this.root, path);
    const stats = lstatOf(full);
    if (stats?.isSymbolicLink()) throw new SnipgenError(`refusing to go through the symbolic link ${path} in the output folder`, 'io');
    this.assertInside(dirname(full), path);
    return { full, stats };
  }

  /** Refuses `dir` (absolute, inside root by its text) when its nearest existing folder resolves outside the real output folder. */
  private assertInside(dir: string, shown: string): void {
    if (this.inside.has(dir)) return;
    let existing = dir;
    while (!lstatOf(existing) && existing !== this.root) existing = dirname(existing);
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
  return lstatOf(path)?.isSymbolicLink() ?? false;
}

/** lstat, or undefined when nothing is there (also when a folder on the way is a file). */
function lstatOf(path: string): Stats | undefined {
  try {
    // Most paths asked about do not exist yet (a first gen): no exception to build for those.
    return lstatSync(path, { throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** `--out` must be a folder or not exist yet. */
export function assertOutputFolder(out: string): void {
  let stat;
  try {
    stat = statSync(out);
  } catch {
    return;
  }
  if (!stat.isDirectory()) throw new SnipgenError(`--out ${out}: is a file, not a folder`, 'usage');
}
