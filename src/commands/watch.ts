import { watch } from 'chokidar';
import { reportError, type Io } from '../exit.js';
import type { RunOptions } from '../pipeline.js';
import { builtinClientsFolder } from '../clients/index.js';
import { runGen } from './gen.js';

/**
 * `gen --watch`: generates once, then again whenever a spec, template, docs page or the config
 * changes. Options are resolved again on every run, so a config edit takes effect. Errors are
 * printed and watching goes on. Resolves only when the process is stopped.
 */
export function runWatch(resolveOptions: () => Promise<RunOptions>, io: Io): Promise<number> {
  return watchAndRebuild({ resolveOptions, build: (options) => runGen(options, io) }, io);
}

export interface Rebuild<O extends RunOptions> {
  resolveOptions: () => Promise<O>;
  build: (options: O) => Promise<unknown>;
  /** Files to watch besides the inputs, templates, docs pages and config (preview: the verify record). */
  alsoWatch?: (options: O | undefined) => string[];
}

/** Builds once, then again on every change to what the build reads, until SIGINT or SIGTERM. */
export async function watchAndRebuild<O extends RunOptions>({ resolveOptions, build, alsoWatch }: Rebuild<O>, io: Io): Promise<number> {
  const once = async (): Promise<O | undefined> => {
    try {
      const options = await resolveOptions();
      await build(options);
      return options;
    } catch (e) {
      reportError(e, io);
      return undefined;
    }
  };
  const first = await once();
  const watched = [
    ...(first?.inputs ?? ['specs']),
    builtinClientsFolder(),
    ...(first?.templates ? [first.templates] : []),
    ...(first?.docs ?? []),
    first?.configFile ?? 'snipgen.config.yaml',
    ...(alsoWatch?.(first) ?? []),
  ];
  // Written docs pages retrigger the watcher once; that run finds nothing to change.
  const watcher = watch(watched, { ignoreInitial: true, awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 20 } });
  let pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const rerun = () => {
    const changed = [...pending].sort();
    pending = new Set();
    running = running.then(() => {
      io.out(`snipgen: changed ${changed.join(', ')}\n`);
      return once();
    });
  };
  watcher.on('all', (_event, path) => {
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
