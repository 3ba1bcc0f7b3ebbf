import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { EXIT, type Io } from '../exit.js';
import { SnipgenError } from '../errors.js';
import { resolveRunOptions } from '../pipeline.js';
import type { Style } from '../model.js';
import { failureBlock, finalLine, junit, summaryTable, totals } from '../verify/report.js';
import { parseSelection } from '../select.js';
import { verifyRecord, writeVerifyRecord } from '../verify/last-run.js';
import { verify, type SnippetResult } from '../verify/run.js';
import { clearStatus, redrawStatus } from './status-line.js';

/** snipgen's own corpus; in another project the config's inputs, else specs/. */
export const DEFAULT_INPUTS = ['test/fixtures/shapes', 'specs'];

export interface VerifyCommandOptions {
  inputs: string[];
  clients?: string[];
  style: Style | 'both';
  shard?: string;
  junit?: string;
  jobs?: string;
  timeout?: string;
  cacheDir: string;
  /** false with --no-cache: every snippet runs. */
  cache?: boolean;
  keep?: boolean;
  templates?: string;
  config?: string;
  strict?: boolean;
  allowRefRoot?: string[];
  postmanEnv?: string[];
  only?: string[];
  sample?: string;
  seed?: string;
  changedSince?: string;
  /** Where the progress display goes; it animates only on a TTY. */
  progress?: NodeJS.WriteStream;
}

export async function runVerify(options: VerifyCommandOptions, io: Io): Promise<number> {
  const shard = parseShard(options.shard);
  const jobs = positive(options.jobs, '--jobs') ?? Math.min(2, availableParallelism());
  const timeout = positive(options.timeout, '--timeout');
  const { clients, templates, config, strict, allowRefRoot, postmanEnv, only, sample, seed, changedSince } = options;
  const flags = { clients, templates, config, strict, allowRefRoot, postmanEnv, only, sample, seed, changedSince };
  const resolved = resolveRunOptions(options.inputs, flags, process.cwd(), DEFAULT_INPUTS.filter((i) => existsSync(i)));
  if (resolved.inputs.length === 0) throw new SnipgenError(`no inputs: name spec files or folders, or set inputs in the config (looked for ${DEFAULT_INPUTS.join(', ')})`, 'usage');
  const progress = new Progress(options.progress, io);
  const report = await verify({
    ...resolved,
    styles: options.style === 'both' ? ['runnable', 'reference'] : [options.style],
    shard,
    jobs,
    runTimeoutMs: timeout === undefined ? undefined : timeout * 1000,
    cacheDir: resolve(options.cacheDir),
    keep: options.keep,
    noCache: options.cache === false,
    onPlan: (total) => progress.plan(total),
    onResult: (r, done, total) => progress.result(r, done, total),
    onStatus: (language, message) => progress.status(language, message),
  });
  progress.done();
  const failures = report.results.filter((r) => r.status === 'failed' || r.status === 'xpass');
  for (const r of failures) io.out(`${failureBlock(r).join('\n')}\n\n`);
  io.out(`${summaryTable(report.results).join('\n')}\n\n`);
  const t = totals(report.results);
  const languages = Object.entries(report.languageMs)
    .map(([l, ms]) => `${l} ${(ms / 1000).toFixed(1)}s`)
    .join(', ');
  io.out(`${report.results.length} snippets in ${(report.ms / 1000).toFixed(1)}s${languages ? ` (${languages})` : ''}; ${t.xfail} expected failures\n`);
  if (report.workDir) io.out(`working folder kept: ${report.workDir}\n`);
  if (options.junit) writeFileSync(options.junit, junit(report.results, report.ms / 1000));
  // What `snipgen preview` shows beside each snippet; kept with the caches verify already writes.
  writeVerifyRecord(resolve(options.cacheDir), verifyRecord(report.results, new Date()));
  io.out(`${finalLine(report.results)}\n`);
  return t.failed > 0 ? EXIT.drift : EXIT.ok;
}


function parseShard(text: string | undefined): { index: number; count: number } | undefined {
  if (text === undefined) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new SnipgenError(`--shard ${text}: expected i/n with 1 <= i <= n, e.g. 2/4`, 'usage');
  return { index, count };
}

function positive(text: string | undefined, flag: string): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new SnipgenError(`${flag} ${text}: expected a positive whole number`, 'usage');
  return n;
}

const MARK: Record<SnippetResult['status'], string> = { passed: 'PASS', failed: 'FAIL', skipped: 'SKIP', xfail: 'XFAIL', xpass: 'XPASS' };

/** One redrawn status line on a TTY; one plain line per finished snippet otherwise (CI logs). */
class Progress {
  private readonly tty: boolean;
  private readonly counts = { passed: 0, failed: 0, skipped: 0, xfail: 0, xpass: 0 };
  private readonly stages = new Map<string, string>();
  private done_ = 0;
  private total = 0;
  private readonly started = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream | undefined,
    private readonly io: Io,
  ) {
    this.tty = Boolean(stream?.isTTY);
  }

  result(r: SnippetResult, done: number, total: number): void {
    this.counts[r.status]++;
    this.done_ = done;
    this.total = total;
    if (this.tty) this.draw();
    else this.io.out(`${MARK[r.status]} ${r.client} (${r.style}) ${r.endpoint}${r.status === 'passed' ? '' : `: ${r.reason}`}\n`);
  }

  plan(total: number): void {
    this.total = total;
    if (this.tty) this.draw();
  }

  status(language: string, message: string): void {
    this.stages.set(language, message);
    if (this.tty) this.draw();
  }

  done(): void {
    if (this.tty) clearStatus(this.stream!);
  }

  private draw(): void {
    const c = this.counts;
    const stages = [...this.stages]
      .filter(([, m]) => m !== 'done')
      .map(([l, m]) => `${l}: ${m}`)
      .join(', ');
    const seconds = (Date.now() - this.started) / 1000;
    const rate = this.done_ / Math.max(seconds, 0.001);
    const pace = this.done_ ? `  ${rate.toFixed(1)}/s, about ${clock((this.total - this.done_) / rate)} left` : '';
    const text = `verify ${this.done_}/${this.total}${pace}  ${c.passed} passed, ${c.failed + c.xpass} failed, ${c.skipped} skipped, ${c.xfail} expected  ${stages}`;
    redrawStatus(this.stream!, text);
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds);
  return s < 60 ? `${s}s` : `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
}
