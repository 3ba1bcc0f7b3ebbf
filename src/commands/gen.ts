import type { Io } from '../exit.js';
import { planRunOutput } from '../output/index.js';
import { removeLeftovers } from '../output/leftovers.js';
import { withOutputLock } from '../output/lock.js';
import { stageOutput } from '../output/stage.js';
import { assertOutputFolder } from '../output/folder.js';
import { loadRun, type RunOptions } from '../pipeline.js';
import { checkUserSnippets } from '../render/user-syntax.js';
import { reportWarnings, warningCount } from '../warnings.js';
import { GenProgress } from './gen-progress.js';

/** `gen`: everything is rendered and staged before any file is replaced; throws on bad input. */
export async function runGen(options: RunOptions & { allowEmpty?: boolean; progress?: NodeJS.WriteStream }, io: Io): Promise<number> {
  assertOutputFolder(options.out);
  const progress = new GenProgress(options.progress);
  try {
    return await generateWith(progress, options, io);
  } finally {
    // An error is told on a line of its own.
    progress.done();
  }
}

async function generateWith(progress: GenProgress, options: RunOptions & { allowEmpty?: boolean }, io: Io): Promise<number> {
  const run = loadRun(options);
  const output = planRunOutput(run, { allowEmpty: options.allowEmpty, onRendered: (done, total) => progress.rendered(done, total) });
  await checkUserSnippets(output.rendered, options.templates);
  return withOutputLock(options.out, () => {
    const leftovers = removeLeftovers(options.out);
    progress.writing(output.files.length);
    const staged = stageOutput(options.out, output.files, output.docs);
    const report = staged.commit();
    progress.done();
    const warnings = [...run.warnings, ...report.warnings];
    reportWarnings(warnings, options.warnings ?? 'text', io);
    const n = run.endpoints.length;
    // With --warnings json, stdout holds the JSON document alone.
    (options.warnings === 'json' ? io.err : io.out)(
      `snipgen: ${n} endpoint${n === 1 ? '' : 's'} x ${run.clients.length} clients (${options.style}) -> ${options.out}: ` +
        `${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed` +
        (leftovers ? `, ${leftovers} left by an interrupted run cleaned up` : '') +
        (output.docs.length ? `; ${report.pages} of ${output.docs.length} docs pages updated` : '') +
        warningCount(warnings) +
        '\n',
    );
    return 0;
  });
}
