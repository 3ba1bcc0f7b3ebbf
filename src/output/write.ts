import { existsSync, lstatSync, mkdirSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync, rmdirSync, readdirSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { SnipgenError } from '../errors.js';
import { MANIFEST, type Manifest, type OutputFile } from './plan.js';

export interface WriteReport {
  written: string[];
  unchanged: string[];
  removed: string[];
}

/**
 * Writes the planned files into `outDir`: each atomically (temporary file in the same folder,
 * then rename), unchanged files untouched, and files an earlier run listed in its manifest
 * but no longer produced removed. Every path is checked before anything is written.
 */
export function writeOutput(outDir: string, files: readonly OutputFile[]): WriteReport {
  const root = resolve(outDir);
  for (const file of files) assertInside(root, file.path);
  mkdirSync(root, { recursive: true });
  const realRoot = realpathSync(root);
  const previous = readManifestFiles(root);
  // Every target is checked before the first write, so a refused path leaves the tree as it was.
  const folders = new Folders(root, realRoot);
  for (const file of files) folders.assertNoEscape(file.path);
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const file of files) {
    const target = join(root, file.path);
    const existed = folders.existed(dirname(target));
    folders.create(dirname(target));
    // A folder this run creates holds no earlier file to compare with.
    if (existed && readIfPresent(target) === file.content) {
      report.unchanged.push(file.path);
      continue;
    }
    const temporary = `${target}.${process.pid}.${Date.now()}.tmp`;
    writeFileSync(temporary, file.content);
    renameSync(temporary, target);
    report.written.push(file.path);
  }
  const produced = new Set(files.map((f) => f.path));
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
