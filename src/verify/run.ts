import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve as resolvePath } from 'node:path';
import type { ClientDescriptor } from '../clients/index.js';
import { SnipgenError, formatLocation } from '../errors.js';
import type { SpecEntry } from '../input/load.js';
import type { Endpoint, Style } from '../model.js';
import { loadRun, rendererFor as compileClient, type RunOptions } from '../pipeline.js';
import type { Renderer } from '../render/index.js';
import { CaptureServer, type Slot } from './capture.js';
import { ForkHost } from './fork-host.js';
import { compareRequest } from './compare.js';
import { expectedRequest, testEnv, uploadContent, uploads } from './expected.js';
import { LEDGER, ledgerEntry, type LedgerEntry } from './ledger.js';
import { PortMemory } from './ports.js';
import { Pool, runProcess, tail, type ProcessResult } from './process.js';
import { ResultCache } from './results.js';
import { RUNNERS } from './runners/index.js';
import { requireTool } from './toolchain.js';
import type { Prepared, Runner, RunnerContext, Snippet, Step } from './runners/types.js';

/**
 * The verify run. The file is long because verify is one schedule: planning, rendering onto
 * capture-server slots, preparing each language and running its snippets share the plan, the
 * process pool, the remembered passes and the ledger, and the languages run interleaved; the
 * steps it hands off (capture, comparison, runners, processes) are modules of their own.
 */

export type Status = 'passed' | 'failed' | 'skipped' | 'xfail' | 'xpass';

export interface SnippetResult {
  client: string;
  language: string;
  style: Style;
  endpoint: string;
  /** Where the endpoint is defined (`file:line:col`). */
  source: string;
  status: Status;
  /** One line: why it failed or was skipped, or the ledger's defect for an expected failure. */
  reason: string;
  /** The diff or the program's output. */
  detail: string[];
  /** The snippet's own run time: its processes, not the time it waited for a free core. */
  ms: number;
  /** Passed in an earlier run with the same snippet, request, recipe and toolchain (not run again). */
  cached?: boolean;
}

export interface VerifyOptions extends Omit<RunOptions, 'out' | 'style' | 'docs' | 'formats'> {
  styles: readonly Style[];
  /** 1-based: this run takes the `index`-th of `count` parts of equal cost. */
  shard?: { index: number; count: number };
  /** Programs running at once across all languages. */
  jobs?: number;
  /** Time limit of one snippet's run. */
  runTimeoutMs?: number;
  /** Time limit of one batch compile. */
  compileTimeoutMs?: number;
  /** Build caches and remembered ports, kept between runs. */
  cacheDir: string;
  ledger?: readonly LedgerEntry[];
  runners?: Record<string, Runner>;
  /** Keep the run's working folder (snippets, harnesses, build output) for inspection. */
  keep?: boolean;
  /** Run every snippet, even one whose pass is remembered (`--no-cache`). */
  noCache?: boolean;
  /** Called once the work is known, before anything runs. */
  onPlan?: (total: number) => void;
  onResult?: (result: SnippetResult, done: number, total: number) => void;
  onStatus?: (language: string, message: string) => void;
}

export interface VerifyReport {
  results: SnippetResult[];
  /** Wall time per language, from its first compile to its last run. */
  languageMs: Record<string, number>;
  ms: number;
  /** Set when `keep` was asked for. */
  workDir?: string;
}

interface Planned {
  client: ClientDescriptor;
  style: Style;
  entry: SpecEntry;
  key: string;
}

/** Compile-heavy languages start first so their batch builds overlap the interpreted runs. */
const LANGUAGE_ORDER: readonly string[] = ['csharp', 'java', 'go', 'swift', 'php', 'ruby', 'javascript', 'python', 'shell'];

/**
 * Generates every snippet pointed at a local capture server, compiles and runs it with the real
 * toolchain, and compares the request that arrived with the spec. Throws SnipgenError(s) on bad
 * input before anything runs.
 */
export async function verify(options: VerifyOptions): Promise<VerifyReport> {
  const started = Date.now();
  // Templates are compiled per client below, so one broken template fails only its own client.
  const run = loadRun({ ...options, out: '', style: options.styles[0] ?? 'runnable' }, []);
  const { clients } = run;
  const entries = run.inputs.entries;
  // A mistyped input folder must fail, not pass with nothing verified; a selection may choose none.
  if (entries.length === 0 && !options.select) throw new SnipgenError(`no endpoints in ${options.inputs.join(', ')}: nothing to verify`, 'usage');
  const plan = shard(planSnippets(clients, options.styles, entries), options.shard);
  options.onPlan?.(plan.length);
  const ledger = options.ledger ?? LEDGER;
  const runners = { ...RUNNERS, ...options.runners };
  const runTimeoutMs = options.runTimeoutMs ?? 30_000;
  const compileTimeoutMs = options.compileTimeoutMs ?? 900_000;
  const pool = new Pool(options.jobs ?? 2);
  const workDir = mkdtempSync(join(tmpdir(), 'snipgen-verify-'));
  const ports = new PortMemory(join(options.cacheDir, 'ports.json'));
  const server = new CaptureServer({ lifetimeMs: compileTimeoutMs + plan.length * runTimeoutMs });
  const results: SnippetResult[] = [];
  const passes = options.noCache ? undefined : new ResultCache(join(options.cacheDir, 'results'), (client) => unavailable(client, runners[client.verify.runner]));
  const languageMs: Record<string, number> = {};
  const report = (result: SnippetResult) => {
    results.push(result);
    options.onResult?.(result, results.length, plan.length);
  };

  try {
    const renderers = new Map<string, Renderer | SnipgenError>();
    const rendererFor = (client: ClientDescriptor) => {
      let renderer = renderers.get(client.id);
      if (!renderer) {
        try {
          renderer = compileClient(options, [client], options.styles);
        } catch (e) {
          if (!(e instanceof SnipgenError)) throw e;
          renderer = e;
        }
        renderers.set(client.id, renderer);
      }
      return renderer;
    };

    const byLanguage = new Map<string, Array<{ snippet: Snippet; slot: Slot; key: string }>>();
    const counters = new Map<string, number>();
    for (const item of plan) {
      const base = resultBase(item);
      const slot = await server.reserve(ports.get(item.key));
      ports.set(item.key, slot.port);
      const built = run.normalise(item.entry, item.style, slot.origin);
      const renderer = rendererFor(item.client);
      let code: string;
      let endpoint: Endpoint = built;
      try {
        if (renderer instanceof SnipgenError) throw renderer;
        code = renderer.render(item.client, built);
        // What the template saw: the config may rename the environment variables a snippet reads.
        endpoint = renderer.data(item.client, built);
      } catch (e) {
        if (!(e instanceof SnipgenError)) throw e;
        if (e.code === 'unsupported') report({ ...base, status: 'skipped', reason: `unsupported: ${e.message}`, detail: [], ms: 0 });
        else report({ ...base, status: 'failed', reason: 'generation failed', detail: [e.format()], ms: 0 });
        continue;
      }
      const language = item.client.verify.runner;
      const n = (counters.get(language) ?? 0) + 1;
      counters.set(language, n);
      // Made only for a snippet that runs (below): a remembered pass needs no folder.
      const dir = join(workDir, language, `s${String(n).padStart(3, '0')}`);
      if (runners[language]?.servesPages) slot.pages = dir;
      const list = byLanguage.get(language) ?? [];
      list.push({ snippet: { client: item.client, style: item.style, endpoint, code, dir, env: testEnv(endpoint) }, slot, key: item.key });
      byLanguage.set(language, list);
    }
    ports.save();

    const languages = [...byLanguage.keys()].sort((a, b) => LANGUAGE_ORDER.indexOf(a) - LANGUAGE_ORDER.indexOf(b));
    await Promise.all(
      languages.map(async (language) => {
        const languageStarted = Date.now();
        const items = byLanguage.get(language)!;
        const runner = runners[language];
        const ready: Array<{ snippet: Snippet; slot: Slot; key: string }> = [];
        // Once per client: it looks the toolchain up on PATH and may start it.
        const reasons = new Map<string, Promise<string | null>>();
        for (const item of items) {
          const client = item.snippet.client;
          if (!reasons.has(client.id)) reasons.set(client.id, unavailable(client, runner));
          const reason = await reasons.get(client.id)!;
          if (reason) report({ ...snippetBase(item.snippet), status: 'skipped', reason, detail: [], ms: 0 });
          else ready.push(item);
        }
        if (!runner || ready.length === 0) return;
        const keys = new Map<Snippet, string>();
        if (passes) {
          for (let i = ready.length - 1; i >= 0; i--) {
            const { snippet } = ready[i]!;
            const key = await passes.key(snippet);
            if (key === null) continue;
            if (passes.passed(key)) {
              report(applyLedger({ ...snippetBase(snippet), status: 'passed', reason: '', detail: [], ms: 0, cached: true }, ledger));
              ready.splice(i, 1);
            } else keys.set(snippet, key);
          }
          if (ready.length === 0) return;
        }
        const languageDir = join(workDir, language);
        for (const { snippet, key } of ready) {
          mkdirSync(snippet.dir, { recursive: true });
          writeFileSync(join(snippet.dir, 'SNIPPET'), `${key}\n`);
          copySpecFiles(snippet.endpoint, snippet.dir);
        }
        const hosts: ForkHost[] = [];
        const ctx: RunnerContext = {
          workDir: languageDir,
          cacheDir: join(options.cacheDir, language),
          exec: (command, args, opts) => pool.use(() => runProcess(command, args, { timeoutMs: compileTimeoutMs, ...opts })),
          status: (message) => options.onStatus?.(language, message),
          forkHost: (command, args) => {
            const host = new ForkHost(command, args, runEnv(), languageDir);
            hosts.push(host);
            return host;
          },
        };
        try {
          let prepared: Map<Snippet, Prepared>;
          try {
            const prepare = () => runner.prepare(ready.map((r) => r.snippet), ctx);
            prepared = await (runner.runsInPrepare ? listeningAll(server, ready.map((r) => r.slot), prepare) : prepare());
          } catch (e) {
            const message = e instanceof Error ? e.message : String(e);
            for (const { snippet } of ready) report({ ...snippetBase(snippet), status: 'failed', reason: `${language} runner failed`, detail: [message], ms: 0 });
            return;
          }
          ctx.status('running');
          await Promise.all(
            ready.map(async ({ snippet, slot }) => {
              const outcome = prepared.get(snippet) ?? { failed: 'the runner did not prepare this snippet', detail: [] };
              const result = applyLedger(await runSnippet(snippet, slot, outcome, pool, server, runTimeoutMs), ledger);
              const key = keys.get(snippet);
              if (result.status === 'passed' && key) passes?.remember(key);
              report(result);
            }),
          );
        } finally {
          await Promise.all(hosts.map((host) => host.close()));
        }
        languageMs[language] = Date.now() - languageStarted;
        ctx.status('done');
      }),
    );
  } finally {
    await server.close();
    if (!options.keep) rmSync(workDir, { recursive: true, force: true });
  }
  results.sort((a, b) => order(a).localeCompare(order(b)));
  return { results, languageMs, ms: Date.now() - started, workDir: options.keep ? workDir : undefined };
}

/** Why a client cannot be verified on this machine: its runner's toolchain, then what its descriptor requires. */
export async function unavailable(client: ClientDescriptor, runner: Runner | undefined = RUNNERS[client.verify.runner]): Promise<string | null> {
  if (!runner) return `no verify runner "${client.verify.runner}" (src/verify/runners/)`;
  const toolchain = await runner.unavailable(client);
  if (toolchain) return toolchain;
  for (const need of client.verify.requires) {
    if (need.file && !existsSync(need.file)) return `no ${need.missing} (${need.file} not found)`;
    if (need.run) {
      const [command, ...args] = need.run;
      const reason = await requireTool(command!, args, need.missing);
      if (reason) return reason;
    }
  }
  return null;
}

/**
 * Every snippet to verify. A runnable-only client's reference style is its runnable template
 * with the secrets written as placeholders: the program is the one verified in the runnable
 * style, so it is verified once, in that style, unless only the reference style is asked for.
 */
function planSnippets(clients: readonly ClientDescriptor[], styles: readonly Style[], entries: readonly SpecEntry[]): Planned[] {
  const plan: Planned[] = [];
  for (const style of styles) {
    for (const client of clients) {
      if (style === 'reference' && !client.hasReference && styles.includes('runnable')) continue;
      for (const entry of entries) plan.push({ client, style, entry, key: `${client.id}|${style}|${entry.raw.id}` });
    }
  }
  return plan;
}

/**
 * This shard's part of the plan. Parts are balanced by cost, not count: a Kotlin or Rust snippet
 * costs many shell ones (a client's `verify.cost`, its measured seconds per snippet, default 1).
 * Heaviest first, each to the part with the least so far; every shard job computes the same
 * split from the same plan, so the parts never overlap or miss a snippet.
 */
export function shard<T extends Pick<Planned, 'client' | 'key'>>(plan: T[], spec: VerifyOptions['shard']): T[] {
  if (!spec) return plan;
  const cost = (item: T) => item.client.verify.cost ?? 1;
  const loads = new Array<number>(spec.count).fill(0);
  const mine = new Set<T>();
  const heaviestFirst = [...plan].sort((a, b) => cost(b) - cost(a) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const item of heaviestFirst) {
    const part = loads.indexOf(Math.min(...loads));
    loads[part]! += cost(item);
    if (part === spec.index - 1) mine.add(item);
  }
  return plan.filter((item) => mine.has(item));
}

function resultBase(item: Planned) {
  return {
    client: item.client.id,
    language: item.client.language,
    style: item.style,
    endpoint: item.entry.raw.id,
    source: formatLocation(item.entry.at.locate(item.entry.path)),
  };
}

function snippetBase(s: Snippet) {
  return { client: s.client.id, language: s.client.language, style: s.style, endpoint: s.endpoint.id, source: formatLocation(s.endpoint.source) };
}

function order(r: SnippetResult): string {
  return `${r.client}\0${r.style}\0${r.endpoint}`;
}

/** Puts the spec's files (or stand-ins for the ones snipgen does not have) where the snippet opens them: the spec's relative path under its working directory. */
function copySpecFiles(endpoint: Endpoint, dir: string): void {
  for (const file of uploads(endpoint)) {
    const target = resolvePath(dir, file.path);
    if (relative(dir, target).startsWith('..')) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, uploadContent(file));
  }
}

/** Settings that would send a loopback request anywhere but the capture server. */
const PROXY_VARIABLES = ['http_proxy', 'https_proxy', 'all_proxy', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY'];

/** The verifier's environment with `own` on top, and no proxy; without `own`, what a fork host starts with. */
function runEnv(own: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, NO_PROXY: '127.0.0.1,localhost', no_proxy: '127.0.0.1,localhost', ...own };
  for (const name of PROXY_VARIABLES) delete env[name];
  return env;
}

/** Listens on every slot's port while `use` runs. */
function listeningAll<T>(server: CaptureServer, slots: readonly Slot[], use: () => Promise<T>): Promise<T> {
  return slots.reduceRight<() => Promise<T>>((inner, slot) => () => server.listening(slot, inner), use)();
}

async function runSnippet(snippet: Snippet, slot: Slot, prepared: Prepared, pool: Pool, server: CaptureServer, timeoutMs: number): Promise<SnippetResult> {
  const base = snippetBase(snippet);
  if ('skipped' in prepared) return { ...base, status: 'skipped', reason: prepared.skipped, detail: [], ms: 0 };
  if ('failed' in prepared) return { ...base, status: 'failed', reason: prepared.failed, detail: prepared.detail, ms: 0 };
  let ms = 0;
  let last: ProcessResult | undefined;
  for (const step of prepared.steps) {
    const timed = async () => {
      const started = Date.now();
      const result = await runStep(step, snippet, timeoutMs);
      ms += Date.now() - started;
      return result;
    };
    try {
      // The snippet's port is listened on for its run only (capture.ts reserve).
      last = await pool.use(() => (step.stage === 'run' ? server.listening(slot, timed) : timed()));
    } catch (e) {
      return { ...base, status: 'failed', reason: 'the capture server could not listen for this snippet', detail: [e instanceof Error ? e.message : String(e)], ms };
    }
    if (step.stage === 'check' && (last.code !== 0 || last.timedOut)) {
      return { ...base, status: 'failed', reason: `${[step.command, ...step.args].join(' ')} failed`, detail: tail(last), ms };
    }
  }
  const run = last!;
  const requests = slot.requests;
  const also = prepared.checkFailed ? ` (${prepared.checkFailed.reason} too)` : '';
  if (run.timedOut) {
    return { ...base, status: 'failed', reason: `timed out after ${timeoutMs / 1000}s (${requests.length} request(s) arrived)${also}`, detail: tail(run), ms };
  }
  if (requests.length !== 1) {
    const reason = requests.length === 0 ? 'no request arrived' : `${requests.length} requests arrived, expected one`;
    return { ...base, status: 'failed', reason: `${reason} (exit code ${run.code ?? run.signal})${also}`, detail: tail(run), ms };
  }
  const comparison = compareRequest(expectedRequest(snippet.endpoint, snippet.env), requests[0]!, snippet.client.verify.addedHeaders);
  if (!comparison.ok) {
    return { ...base, status: 'failed', reason: `the request differs from the spec (- expected, + received)${also}`, detail: comparison.diff, ms };
  }
  if (prepared.checkFailed) return { ...base, status: 'failed', reason: `the request matched but ${prepared.checkFailed.reason}`, detail: prepared.checkFailed.detail, ms };
  if (run.code !== 0) return { ...base, status: 'failed', reason: `the request matched but the program exited with ${run.code ?? run.signal}`, detail: tail(run), ms };
  return { ...base, status: 'passed', reason: '', detail: [], ms };
}

function runStep(step: Step, snippet: Snippet, timeoutMs: number): Promise<ProcessResult> {
  const options = { cwd: step.cwd ?? snippet.dir, env: runEnv(snippet.env), timeoutMs };
  if (step.host) return step.host.run(step.args.at(-1)!, { ...options, args: step.args });
  return runProcess(step.command, step.args, { ...options, wholeTree: true });
}

export function applyLedger(result: SnippetResult, ledger: readonly LedgerEntry[]): SnippetResult {
  const entry = ledgerEntry(ledger, result.client, result.style, result.endpoint);
  if (!entry || result.status === 'skipped') return result;
  if (result.status === 'passed') {
    return { ...result, status: 'xpass', reason: `passes, but the ledger expects it to fail (${entry.defect}): remove the ledger entry`, detail: [] };
  }
  if (entry.signature.test([result.reason, ...result.detail].join('\n'))) return { ...result, status: 'xfail', reason: entry.defect };
  return { ...result, reason: `${result.reason} (the ledger's known defect, ${entry.defect}, is not what failed)` };
}
