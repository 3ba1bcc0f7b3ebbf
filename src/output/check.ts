import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createTwoFilesPatch } from 'diff';
import type { DocsPageUpdate } from './markers.js';
import { MANIFEST, contentOf, type PlannedFile } from './plan.js';
import { holdsChunks, noLongerListed } from './write.js';

export interface DriftReport {
  /** Files whose content differs, with a unified diff from what is on disk to what would be written. */
  stale: Array<{ file: string; diff: string }>;
  missing: string[];
  /** Files an earlier run wrote (listed in the manifest on disk) that no input produces any more. */
  orphaned: string[];
}

/**
 * Compares the planned output with the disk, reading only, each file as it comes; `docs` is asked
 * for once the files have been compared. Paths in the report are relative to `cwd`.
 */
export function findDrift(outDir: string, files: Iterable<PlannedFile>, docs: () => readonly DocsPageUpdate[], cwd = process.cwd()): DriftReport {
  const root = resolve(outDir);
  const shown = (path: string) => relative(cwd, path) || path;
  const report: DriftReport = { stale: [], missing: [], orphaned: [] };
  // Files an earlier run wrote that this one no longer produces, found when the manifest comes.
  let gone: string[] = [];
  for (const file of files) {
    const target = join(root, file.path);
    const present = existsSync(target);
    const same = present && (file.content === undefined ? holdsChunks(target, file.chunks()) : readFileSync(target, 'utf8') === file.content);
    // A manifest that did not change lists the same files: nothing is gone.
    if (file.path === MANIFEST && !same) gone = noLongerListed(root, file);
    if (!present) {
      report.missing.push(shown(target));
      continue;
    }
    if (same) continue;
    const current = readFileSync(target, 'utf8');
    const content = contentOf(file);
    report.stale.push({ file: shown(target), diff: unifiedDiff(shown(target), current, content) });
  }
  for (const page of docs()) {
    if (page.before !== page.after) report.stale.push({ file: shown(page.file), diff: unifiedDiff(shown(page.file), page.before, page.after) });
  }
  for (const old of gone) {
    if (existsSync(join(root, old))) report.orphaned.push(shown(join(root, old)));
  }
  return report;
}

export function hasDrift(report: DriftReport): boolean {
  return report.stale.length + report.missing.length + report.orphaned.length > 0;
}

function unifiedDiff(file: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, 'on disk', 'generated', { context: 3 })
    .split('\n')
    .slice(1)
    .join('\n');
}
