import pc from 'picocolors';
import { EXIT, type Io } from '../exit.js';
import { findDrift, hasDrift } from '../output/drift.js';
import { assertOutputFolder } from '../output/folder.js';
import { planRunOutput } from '../output/index.js';
import { loadRun, type RunOptions } from '../pipeline.js';
import { checkUserSnippets } from '../render/user-syntax.js';

export interface CheckOptions extends RunOptions {
  allowEmpty?: boolean;
  report: 'text' | 'json';
  color: boolean;
  /** The command a user runs to regenerate, for the hint (the user's own `snipgen gen …`). */
  fixCommand: string;
}

/** Regenerates in memory and compares with the disk; never writes. 0 clean, 1 drift; throws on bad input. */
export async function runCheck(options: CheckOptions, io: Io): Promise<number> {
  assertOutputFolder(options.out);
  const run = loadRun(options);
  const output = planRunOutput(run, options);
  await checkUserSnippets(output.rendered, options.templates);
  const report = findDrift(options.out, output.files, output.docs);
  const drift = hasDrift(report);
  const fix = `run \`${options.fixCommand}\`, then commit the result`;
  if (options.report === 'json') {
    io.out(JSON.stringify({ clean: !drift, ...report, fix: drift ? fix : null }, null, 2) + '\n');
    return drift ? EXIT.drift : EXIT.ok;
  }
  const total = output.files.length + output.docs.length;
  if (!drift) {
    io.out(`snipgen check: ${total} files up to date\n`);
    return EXIT.ok;
  }
  const c = pc.createColors(options.color);
  const lines = [`snipgen check: the generated files are out of date`];
  for (const s of report.stale) lines.push(`  ${c.yellow('stale')}     ${s.file}`);
  for (const m of report.missing) lines.push(`  ${c.red('missing')}   ${m}`);
  for (const o of report.orphaned) lines.push(`  ${c.magenta('orphaned')}  ${o}`);
  for (const l of report.leftovers) lines.push(`  ${c.magenta('leftover')}  ${l} (an interrupted run's temporary file)`);
  io.out(lines.join('\n') + '\n');
  for (const s of report.stale) io.out('\n' + colourDiff(s.diff, c) + '\n');
  io.out(`\nTo fix: ${fix}.\n`);
  return EXIT.drift;
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
