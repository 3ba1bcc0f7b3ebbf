import { watch } from 'chokidar';
import type { Io } from '../cli.js';
import { builtinTemplates } from '../render/index.js';
import { runGenOnce } from './gen.js';
import type { RunOptions } from './prepare.js';

/**
 * `gen --watch`: generates once, then again whenever a spec, template, docs page or config file
 * changes. Errors are printed and watching goes on. Resolves only when the process is stopped.
 */
export async function runWatch(options: RunOptions, io: Io, extraPaths: string[] = []): Promise<number> {
  await runGenOnce(options, io);
  const watched = [...options.inputs, builtinTemplates(), ...(options.docs ?? []), ...extraPaths];
  const watcher = watch(watched, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 } });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = Promise.resolve(0);
  const rerun = () => {
    const changed = [...pending].sort();
    pending = new Set();
    running = running.then(() => {
      io.out(`snipgen: changed ${changed.join(', ')}\n`);
      return runGenOnce(options, io);
    });
  };
  watcher.on('all', (_event, path) => {
    // Our own docs-page writes would retrigger us; the content check in gen makes that a no-op.
    pending.add(path);
    clearTimeout(timer);
    timer = setTimeout(rerun, 100);
  });
  await new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
  io.out(`snipgen: watching ${watched.join(', ')} (Ctrl-C to stop)\n`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  await watcher.close();
  return 0;
}
