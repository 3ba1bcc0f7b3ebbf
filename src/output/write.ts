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
  for (const file of files) assertNoEscape(realRoot, root, file.path);
  const report: WriteReport = { written: [], unchanged: [], removed: [] };
  for (const file of files) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    if (existsSync(target)) {
      if (readFileSync(target, 'utf8') === file.content) {
        report.unchanged.push(file.path);
        continue;
      }
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

/** Refuses a target that is a symbolic link, or whose nearest existing folder resolves outside the output folder. */
function assertNoEscape(realRoot: string, root: string, path: string): void {
  const target = join(root, path);
  if (existsSync(target) || isDanglingLink(target)) {
    if (lstatSync(target).isSymbolicLink()) throw new SnipgenError(`refusing to write through the symbolic link ${path} in the output folder`, 'io');
  }
  let dir = dirname(target);
  while (!existsSync(dir)) dir = dirname(dir);
  const real = realpathSync(dir);
  if (real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new SnipgenError(`refusing to write ${path}: ${relative(root, dir) || '.'} resolves outside the output folder (to ${real})`, 'io');
  }
}

function isDanglingLink(path: string): boolean {
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
