import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { SnipgenError } from '../errors.js';
import type { Io } from '../exit.js';
import { OutputFolder, assertOutputFolder } from '../output/folder.js';
import { temporaryName } from '../output/leftovers.js';
import { withOutputLock } from '../output/lock.js';
import { planOutput } from '../output/plan.js';
import { PREVIEW_FILE, previewPage } from '../output/preview.js';
import { loadRun, type RunOptions } from '../pipeline.js';
import { checkUserSnippets } from '../render/user-syntax.js';
import { LAST_VERIFY, readVerifyRecord } from '../verify/last-run.js';
import { which } from '../verify/toolchain.js';
import { reportWarnings, warningCount } from '../warnings.js';
import { parsePort, servePreview, type PreviewServer } from './preview-serve.js';
import { watchAndRebuild } from './watch.js';

/** Where verify keeps its record when --cache-dir is not given: what preview reads by default. */
export const DEFAULT_VERIFY_RECORD = join('.snipgen-cache', LAST_VERIFY);

export interface PreviewCommandOptions extends RunOptions {
  /** A verify record other than the default one (`--verify-report`); it must exist. */
  verifyReport?: string;
  open?: boolean;
  /** `--serve [port]`. */
  serve?: string | true;
  watch?: boolean;
}

interface Built {
  file: string;
  html: string;
  /** The page with the reload script, for `--serve --watch`. */
  served: string;
}

/**
 * `preview`: renders every endpoint with every client through gen's pipeline and writes one
 * self-contained page, `<out>/preview.html`; then opens it, or serves it (rebuilding on changes
 * with --watch). Throws on bad input before anything is written.
 */
export async function runPreview(resolveOptions: () => Promise<PreviewCommandOptions>, io: Io): Promise<number> {
  // Resolved again on every rebuild with --watch, so a config edit takes effect.
  const options = await resolveOptions();
  if (options.watch && options.serve === undefined) throw new SnipgenError('--watch needs --serve: the page reloads itself from the server', 'usage');
  const port = options.serve === undefined ? undefined : parsePort(options.serve);
  const live = Boolean(options.watch);
  if (port === undefined) {
    const built = await buildPreview(options, io);
    if (options.open) openFile(built.file, io);
    return 0;
  }
  let server: PreviewServer | undefined;
  const publish = async (built: Built) => {
    if (server) return server.update(live ? built.served : built.html);
    server = await servePreview(live ? built.served : built.html, port);
    io.out(`snipgen: serving the preview at ${server.url}${live ? ' (reloads on changes)' : ''}; Ctrl-C to stop\n`);
    if (options.open) openFile(server.url, io);
  };
  if (live) {
    await watchAndRebuild(
      {
        resolveOptions,
        build: async (o) => publish(await buildPreview(o, io)),
        alsoWatch: (o) => [o?.verifyReport ?? DEFAULT_VERIFY_RECORD],
      },
      io,
    );
    if (!server) return 2;
  } else {
    await publish(await buildPreview(options, io));
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
    });
  }
  await server?.close();
  return 0;
}

async function buildPreview(options: PreviewCommandOptions, io: Io): Promise<Built> {
  assertOutputFolder(options.out);
  const run = loadRun(options);
  if (run.endpoints.length === 0) throw new SnipgenError(`no endpoints in ${options.inputs.join(', ')}: nothing to preview`, 'usage');
  const plan = planOutput(run.endpoints, run.clients, run.renderer, { formats: [], warnings: run.warnings, strict: options.strict });
  await checkUserSnippets(plan.rendered, options.templates);
  const recordFile = options.verifyReport ?? DEFAULT_VERIFY_RECORD;
  const verify = readVerifyRecord(recordFile);
  if (!verify && options.verifyReport) throw new SnipgenError(`--verify-report ${options.verifyReport}: no such file`, 'usage');
  const page = { style: options.style, verify, verifyFile: verify ? recordFile : undefined };
  const { html, served, plain } = previewPage(plan.rendered, run.clients, page);
  const file = await withOutputLock(options.out, () => writePage(options.out, html));
  const warnings = [...run.warnings];
  for (const { fence, clients } of plain) warnings.push(new SnipgenError(`no highlighting for the fence "${fence}" (${clients.join(', ')}): shown as plain text`, 'input'));
  reportWarnings(warnings, options.warnings ?? 'text', io);
  const n = run.endpoints.length;
  (options.warnings === 'json' ? io.err : io.out)(
    `snipgen preview: ${n} endpoint${n === 1 ? '' : 's'} x ${run.clients.length} clients (${options.style}) -> ${shown(file)}` +
      (verify ? `, verify results of ${verify.finishedAt}` : ', not verified yet') +
      warningCount(warnings) +
      '\n',
  );
  return { file, html, served };
}

/** A path relative to the current folder when it is inside it, else absolute. */
function shown(file: string): string {
  const rel = relative(process.cwd(), file);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
}

/** Writes the page in the output folder, atomically, and only when it changed; returns its path. */
function writePage(outDir: string, html: string): string {
  const folder = new OutputFolder(outDir);
  mkdirSync(folder.root, { recursive: true });
  const target = folder.target(PREVIEW_FILE);
  let before: string | undefined;
  try {
    before = readFileSync(target, 'utf8');
  } catch {
    before = undefined;
  }
  if (before === html) return target;
  const temporary = temporaryName(target);
  try {
    writeFileSync(temporary, html);
    renameSync(temporary, target);
  } catch (e) {
    rmSync(temporary, { force: true });
    throw e;
  }
  return target;
}

/** Hands a file or URL to the platform's opener; a machine without one gets a warning, not a failure. */
export function openFile(target: string, io: Io, platform: NodeJS.Platform = process.platform): void {
  const [command, args] =
    platform === 'darwin' ? ['open', [target]] : platform === 'win32' ? ['cmd.exe', ['/c', 'start', '""', target]] : ['xdg-open', [target]];
  if (platform !== 'win32' && !which(command)) {
    io.err(`snipgen: warning: cannot open ${target}: no ${command} on this machine; open it in a browser yourself\n`);
    return;
  }
  const child = spawn(command, args as string[], { stdio: 'ignore', detached: true });
  child.on('error', (e) => io.err(`snipgen: warning: cannot open ${target}: ${e.message}\n`));
  child.unref();
}
