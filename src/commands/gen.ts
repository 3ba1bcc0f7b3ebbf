import { writeFileSync, renameSync } from 'node:fs';
import type { Io } from '../cli.js';
import { reportError } from '../cli.js';
import { withOutputLock } from '../output/lock.js';
import type { DocsPageUpdate } from '../output/markers.js';
import { OutputDigest, dropStamp, recordForStamp, stampKey, writeStamp } from '../output/stamp.js';
import { stageOutput } from '../output/write.js';
import { reportWarnings, warningCount } from '../warnings.js';
import { prepareRun, type PreparedRun, type RunOptions } from './prepare.js';

export function runGenOnce(options: RunOptions, io: Io): Promise<number> {
  // Taken before anything is read: see stampKey.
  const key = stampKey(options);
  let prepared: PreparedRun;
  try {
    prepared = prepareRun(options);
  } catch (e) {
    return Promise.resolve(reportError(e, io));
  }
  const { generation } = prepared;
  return withOutputLock(options.out, () => {
    dropStamp(options.out);
    // Rendered and staged file by file; nothing replaces a file until every snippet rendered and the docs pages are planned.
    const written = new OutputDigest();
    const staged = stageOutput(options.out, recordForStamp(prepared.files, written));
    let docs: DocsPageUpdate[];
    try {
      docs = prepared.docs();
    } catch (e) {
      staged.abort();
      throw e;
    }
    const warnings = generation.warnings();
    reportWarnings(warnings, options.warnings ?? 'text', io);
    const report = staged.commit();
    let pages = 0;
    for (const page of docs) {
      if (page.after === page.before) continue;
      const temporary = `${page.file}.${process.pid}.tmp`;
      writeFileSync(temporary, page.after);
      renameSync(temporary, page.file);
      pages++;
    }
    writeStamp(key, options, generation, written, docs);
    const n = generation.endpoints.count;
    // With --warnings json, stdout holds the JSON document alone.
    (options.warnings === 'json' ? io.err : io.out)(
      `snipgen: ${n} endpoint${n === 1 ? '' : 's'} x ${generation.clients.length} clients (${options.style ?? 'runnable'}) -> ${options.out}: ` +
        `${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed` +
        (docs.length ? `; ${pages} of ${docs.length} docs pages updated` : '') +
        warningCount(warnings) +
        '\n',
    );
    return 0;
  }).catch((e) => reportError(e, io));
}
