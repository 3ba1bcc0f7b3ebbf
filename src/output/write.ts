import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, rmdirSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SnipgenError } from '../errors.js';
import { MANIFEST, type Manifest, type OutputFile } from './plan.js';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/** Files written to their temporary names, waiting to replace their targets. */
export interface StagedOutput {
  /** Replaces every target at once and removes the files an earlier run listed but this one no longer produces. */
  commit(): WriteReport;
  /** Removes what staging wrote (temporary files, and folders it created), leaving the tree as it was. */
  abort(): void;
}

/**
 * Stages the planned files into `outDir` as they come: each path checked, each changed file
 * written beside its target under a temporary name, unchanged files left alone. Nothing replaces
 * a target until commit(), so a refused path, a failed render or a caller's later problem (abort)
 * leaves the tree as it was; each target is then replaced atomically by a rename. A problem while
 * staging aborts and is thrown.
 */
export function stageOutput(outDir: string, files: Iterable<OutputFile>): StagedOutput {
  const root = resolve(outDir);
  mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);
  const previous = readManifestFiles(root);
  const folders = new Folders(root, realRoot);
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  // Every file of the run gets the same temporary suffix, so only the paths written are kept (in report.written).
  const suffix = `.${process.pid}.${Date.now()}.tmp`;
  const produced = new Set<string>();
  const abort = () => {
    for (const path of report.written) rmSync(join(root, path) + suffix, { force: true });
    folders.removeCreated();
  };
  try {
    for (const file of files) {
      assertInside(root, file.path);
      folders.assertNoEscape(file.path);
      produced.add(file.path);
      const target = join(root, file.path);
      const existed = folders.existed(dirname(target));
      folders.create(dirname(target));
      // A folder this run creates holds no earlier file to compare with.
      if (existed && readIfPresent(target) === file.content) {
        report.unchanged.push(file.path);
        continue;
      }
      writeFileSync(target + suffix, file.content);
      report.written.push(file.path);
    }
  } catch (e) {
    abort();
    throw e;
  }
  return {
    abort,
    commit() {
      for (const path of report.written) renameSync(join(root, path) + suffix, join(root, path));
      for (const old of previous) {
        if (produced.has(old) || !isSafeRelative(old)) continue;
        const target = join(root, old);
        if (existsSync(target) && !lstatSync(target).isSymbolicLink()) {
          rmSync(target);
          report.removed.push(old);
          removeEmptyParents(root, dirname(target));
        }
      }
      return report;
    },
  };
}

/**
 * What the checks and writes need to know about each folder of the output, asked once per folder
 * rather than once per file (a large API puts ten thousand files in a thousand folders).
 */
class Folders {
  /** Whether the folder existed when the run started (then its files may exist and be links). */
  private readonly before = new Map<string, boolean>();
  /** Existing folders already found to resolve inside the output folder. */
  private readonly checked = new Set<string>();
  private readonly created = new Set<string>();

  constructor(
    private readonly root: string,
    private readonly realRoot: string,
  ) {}

  existed(dir: string): boolean {
    let known = this.before.get(dir);
    if (known === undefined) this.before.set(dir, (known = existsSync(dir)));
    return known;
  }

  create(dir: string): void {
    if (this.created.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.created.add(dir);
  }

  /** Removes the folders that did not exist when the run started, deepest first, where empty. */
  removeCreated(): void {
    const added = [...this.before].filter(([, existed]) => !existed).map(([dir]) => dir);
    for (const dir of added.sort((a, b) => b.length - a.length)) {
      if (existsSync(dir) && readdirSync(dir).length === 0) rmdirSync(dir);
    }
  }

  /** Refuses a target that is a symbolic link, or whose nearest existing folder resolves outside the output folder. */
  assertNoEscape(path: string): void {
    const target = join(this.root, path);
    const parent = dirname(target);
    if (this.existed(parent) && entryIsLink(target)) throw new SnipgenError(`refusing to write through the symbolic link ${path} in the output folder`, 'io');
    let dir = parent;
    while (!this.existed(dir)) dir = dirname(dir);
    if (this.checked.has(dir)) return;
    const real = realpathSync(dir);
    if (real !== this.realRoot && !real.startsWith(this.realRoot + sep)) {
      throw new SnipgenError(`refusing to write ${path}: ${relative(this.root, dir) || '.'} resolves outside the output folder (to ${real})`, 'io');
    }
    this.checked.add(dir);
  }
}

/** The file's text, or undefined when there is no file at that path. */
function readIfPresent(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

export function readManifestFiles(root: string): string[] {
  try {
    const manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8')) as Manifest;
    return [...manifest.snippets, ...manifest.pages, ...(manifest.outputs ?? [])].map((entry) => entry.file);
  } catch {
    return [];
  }
}

function isSafeRelative(path: string): boolean {
  return !isAbsolute(path) && !path.split(/[\\/]/).includes('..') && path !== '';
}

function assertInside(root: string, path: string): void {
  const full = resolve(root, path);
  if (!isSafeRelative(path) || (full !== root && !full.startsWith(root + sep))) {
    throw new SnipgenError(`refusing to write outside the output folder: ${path}`, 'input');
  }
}

/** Whether the path is a symbolic link (dangling or not); false when nothing is there. */
function entryIsLink(path: string): boolean {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}

function removeEmptyParents(root: string, dir: string): void {
  while (dir !== root && dir.startsWith(root) && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
