import { mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { SnipgenError } from '../errors.js';
import { OutputFolder, isLink, isSafeRelative } from './folder.js';
import { temporaryName } from './leftovers.js';
import { LOCK_FILE, removeEmptyUpTo } from './lock.js';
import { MANIFEST, readListedFiles } from './manifest.js';
import type { DocsPageUpdate } from './markers.js';
import type { OutputFile } from './plan.js';

export interface WriteReport {
  written: number;
  unchanged: number;
  removed: number;
  /** Docs pages whose regions changed. */
  pages: number;
  /** Problems that changed nothing (a manifest entry that is a folder, or gone). */
  warnings: SnipgenError[];
}

/** Everything written under temporary names, waiting to replace its targets. */
export interface StagedOutput {
  /** Replaces every target and removes the files an earlier run listed that this one no longer produces. */
  commit(): WriteReport;
  /** Removes what staging wrote, leaving every folder as it was. */
  abort(): void;
}

/**
 * Writes every file under a temporary name, nothing replacing a target yet, and checks every
 * path this run will write or remove. Any problem aborts and is thrown; then nothing has changed.
 * A missing or empty output folder is staged whole in one hidden folder inside it; otherwise
 * each changed file is written beside its target and unchanged files are left alone.
 */
export function stageOutput(outDir: string, files: readonly OutputFile[], pages: readonly DocsPageUpdate[] = []): StagedOutput {
  const folder = new OutputFolder(outDir);
  const staged: Array<{ temporary: string; target: string }> = [];
  /** Folders this run made: from the deepest, up to the first one made. */
  const made: Array<{ deepest: string; first: string }> = [];
  const report: WriteReport = { written: 0, unchanged: 0, removed: 0, pages: 0, warnings: [] };
  let whole: string | undefined;
  let gone: string[] = [];
  const abort = () => {
    for (const { temporary } of staged) rmSync(temporary, { force: true, recursive: true });
    if (whole) rmSync(whole, { recursive: true, force: true });
    for (const { deepest, first } of made.reverse()) removeEmptyUpTo(deepest, first);
  };
  try {
    if (isFresh(folder.root)) {
      const first = mkdirSync(folder.root, { recursive: true });
      if (first) made.push({ deepest: folder.root, first });
      whole = join(folder.root, temporaryName(''));
      mkdirSync(whole);
      const folders = new Set<string>();
      for (const file of files) {
        const target = join(whole, checkedPath(file.path));
        // A folder holds several files: one mkdir each, not one per file, most of them failing with EEXIST.
        const parent = dirname(target);
        if (!folders.has(parent)) {
          mkdirSync(parent, { recursive: true });
          folders.add(parent);
        }
        writeFileSync(target, file.content);
        report.written++;
      }
    } else {
      for (const file of files) {
        const { full: target, stats } = folder.entry(file.path);
        const before = readIfFile(target, stats, file.path);
        if (before === file.content) {
          report.unchanged++;
          continue;
        }
        const first = mkdirSync(dirname(target), { recursive: true });
        if (first) made.push({ deepest: dirname(target), first });
        stage(target, file.content, staged);
        report.written++;
      }
      gone = noLongerListed(folder, files, report.warnings);
    }
    for (const page of pages) {
      if (page.after === page.before) continue;
      if (isLink(page.file)) throw new SnipgenError(`refusing to write the docs page ${page.file}: it is a symbolic link`, 'io');
      stage(page.file, page.after, staged);
      report.pages++;
    }
  } catch (e) {
    abort();
    throw e;
  }
  return {
    abort,
    commit() {
      if (whole) {
        try {
          moveEntries(whole, folder.root);
        } catch (e) {
          abort();
          throw e;
        }
      }
      for (const { temporary, target } of staged) renameSync(temporary, target);
      for (const target of gone) {
        rmSync(target);
        report.removed++;
        removeEmptyParents(folder.root, dirname(target));
      }
      return report;
    },
  };
}

function stage(target: string, content: string, staged: Array<{ temporary: string; target: string }>): void {
  const temporary = temporaryName(target);
  staged.push({ temporary, target });
  writeFileSync(temporary, content);
}

function checkedPath(path: string): string {
  if (!isSafeRelative(path)) throw new SnipgenError(`refusing to write outside the output folder: ${JSON.stringify(path)}`, 'io');
  return path;
}

/**
 * The files the earlier manifest lists and this run does not produce, as checked absolute paths.
 * An entry that leads outside the output folder refuses the whole run; one that is a folder or
 * is gone is left alone with a warning.
 */
function noLongerListed(folder: OutputFolder, files: readonly OutputFile[], warnings: SnipgenError[]): string[] {
  const produced = new Set(files.map((f) => f.path));
  produced.add(MANIFEST);
  const gone: string[] = [];
  for (const path of new Set(readListedFiles(folder.root))) {
    if (produced.has(path)) continue;
    const { full: target, stats } = folder.entry(path);
    if (!stats) {
      warnings.push(new SnipgenError(`${MANIFEST} lists ${path}, which is not there: ignored`, 'io'));
      continue;
    }
    if (!stats.isFile()) {
      warnings.push(new SnipgenError(`${MANIFEST} lists ${path}, which is not a file: left alone`, 'io'));
      continue;
    }
    gone.push(target);
  }
  return gone;
}

/** The file's text; undefined when nothing is there. A folder where a file goes is refused. */
function readIfFile(target: string, stats: Stats | undefined, shown: string): string | undefined {
  if (!stats) return undefined;
  if (!stats.isFile()) throw new SnipgenError(`refusing to replace ${shown} in the output folder: it is not a file`, 'io');
  return readFileSync(target, 'utf8');
}

/** Whether the output folder is missing, or holds nothing but the lock of the run staging into it. */
function isFresh(root: string): boolean {
  try {
    return readdirSync(root).every((name) => name === LOCK_FILE);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Moves every entry of `from` into `to`, all or none: anything a rename refuses moves the entries
 * already moved back and fails. The staging folder is inside the output folder, not beside it,
 * so the output folder itself is never replaced (it may be a mount point, and it holds the lock).
 */
function moveEntries(from: string, to: string): void {
  const moved: string[] = [];
  try {
    for (const name of readdirSync(from)) {
      renameSync(join(from, name), join(to, name));
      moved.push(name);
    }
  } catch (e) {
    for (const name of moved.reverse()) renameSync(join(to, name), join(from, name));
    throw new SnipgenError(`could not move the files written into ${to}: ${(e as Error).message}; nothing was written`, 'io');
  }
  rmdirSync(from);
}

/** Removes the empty folders from `dir` up to, not including, `root`. */
function removeEmptyParents(root: string, dir: string): void {
  while (relative(root, dir) !== '' && !relative(root, dir).startsWith('..') && readdirSync(dir).length === 0) {
    rmdirSync(dir);
    dir = dirname(dir);
  }
}
