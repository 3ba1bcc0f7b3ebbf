import pc from 'picocolors';
import type { Io } from '../cli.js';
import { reportError } from '../cli.js';
import type { DriftReport } from '../output/check.js';
import { unchangedSinceStamp } from '../output/stamp.js';
import type { RunOptions } from './options.js';

export const FIX_HINT = 'run `npm run gen` (or `npx snipgen gen` with the same arguments), then commit the result';

/**
 * Regenerates in memory and compares with the disk; never writes. 0 clean, 1 drift, 2 bad input.
 * When nothing changed since the last `gen` (its stamp still holds), the answer is clean without
 * generating, and nothing else is loaded.
 */
export async function runCheck(options: RunOptions & { format: 'text' | 'json'; color: boolean }, io: Io): Promise<number> {
  const unchanged = unchangedSinceStamp(options);
  if (unchanged !== undefined) {
    io.out(options.format === 'json' ? JSON.stringify({ clean: true, stale: [], missing: [], orphaned: [], fix: null }, null, 2) + '\n' : `snipgen check: ${unchanged} files up to date\n`);
    return 0;
  }
  const { prepareRun } = await import('./prepare.js');
  const { findDrift, hasDrift } = await import('../output/check.js');
  let report: DriftReport;
  let total = 0;
  try {
    const prepared = prepareRun(options);
    report = findDrift(options.out, counted(prepared.files, () => total++), () => {
      const docs = prepared.docs();
      total += docs.length;
      return docs;
    });
  } catch (e) {
    return reportError(e, io);
  }
  const drift = hasDrift(report);
  if (options.format === 'json') {
    io.out(JSON.stringify({ clean: !drift, ...report, fix: drift ? FIX_HINT : null }, null, 2) + '\n');
    return drift ? 1 : 0;
  }
  if (!drift) {
    io.out(`snipgen check: ${total} files up to date\n`);
    return 0;
  }
  const c = pc.createColors(options.color);
  const lines = [`snipgen check: the generated files are out of date`];
  for (const s of report.stale) lines.push(`  ${c.yellow('stale')}     ${s.file}`);
  for (const m of report.missing) lines.push(`  ${c.red('missing')}   ${m}`);
  for (const o of report.orphaned) lines.push(`  ${c.magenta('orphaned')}  ${o}`);
  io.out(lines.join('\n') + '\n');
  for (const s of report.stale) io.out('\n' + colourDiff(s.diff, c) + '\n');
  io.out(`\nTo fix: ${FIX_HINT}.\n`);
  return 1;
}

function colourDiff(diff: string, c: ReturnType<typeof pc.createColors>): string {
  return diff
    .split('\n')
    .map((line) =>
      line.startsWith('+++') || line.startsWith('---') ? c.bold(line) : line.startsWith('+') ? c.green(line) : line.startsWith('-') ? c.red(line) : line.startsWith('@@') ? c.cyan(line) : line,
    )
    .join('\n')
    .replace(/\n+$/, '');
}

/** The items, calling `each` as each one passes (the output is compared as it is rendered, never held). */
function* counted<T>(items: Iterable<T>, each: () => void): Generator<T> {
  for (const item of items) {
    each();
    yield item;
  }
}
