import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { OutputFolder, isSafeRelative } from './folder.js';
import { findLeftovers } from './leftovers.js';
import { MANIFEST, readListedFiles } from './manifest.js';
import type { OutputFile } from './plan.js';
import type { DocsPageUpdate } from './markers.js';

export interface DriftReport {
  /** Files whose content differs, with a unified diff from what is on disk to what would be written. */
  stale: Array<{ file: string; diff: string }>;
  missing: string[];
  /** Files an earlier run wrote (listed in the manifest on disk) that no input produces any more. */
  orphaned: string[];
  /** Temporary files of runs that died (killed, out of disk); the next `gen` removes them. */
  leftovers: string[];
}

/**
 * Compares the planned output and docs pages with the disk, reading only. Paths are checked as
 * gen checks them (nothing is read through a link out of the output folder). Paths in the report
 * are relative to `cwd`.
 */
export function findDrift(outDir: string, files: readonly OutputFile[], pages: readonly DocsPageUpdate[], cwd = process.cwd()): DriftReport {
  const folder = new OutputFolder(outDir);
  const root = folder.root;
  const shown = (path: string) => relative(cwd, path) || path;
  const report: DriftReport = { stale: [], missing: [], orphaned: [], leftovers: [] };
  /** The text of the regular file at `path` in the output folder; undefined for nothing, a folder or an unreadable file. */
  const read = (path: string) => {
    const { full, stats } = folder.entry(path);
    return { full, text: stats?.isFile() ? readText(full) : undefined };
  };
  for (const file of files) {
    const { full: target, text: current } = read(file.path);
    if (current === undefined) report.missing.push(shown(target));
    else if (current !== file.content) report.stale.push({ file: shown(target), diff: unifiedDiff(shown(target), current, file.content) });
  }
  for (const page of pages) {
    if (page.before !== page.after) report.stale.push({ file: shown(page.file), diff: unifiedDiff(shown(page.file), page.before, page.after) });
  }
  const produced = new Set([...files.map((f) => f.path), MANIFEST]);
  for (const path of new Set(readListedFiles(root))) {
    if (!produced.has(path) && isSafeRelative(path) && read(path).text !== undefined) report.orphaned.push(shown(join(root, path)));
  }
  report.leftovers = findLeftovers(root).map((path) => shown(join(root, path)));
  return report;
}

export function hasDrift(report: DriftReport): boolean {
  return report.stale.length + report.missing.length + report.orphaned.length + report.leftovers.length > 0;
}

/** An unreadable file is reported as missing, as gen would replace it. */
function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, 'on disk', 'generated', { context: 3 })
    .split('\n')
    .slice(1)
    .join('\n');
}
