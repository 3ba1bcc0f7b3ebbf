// `npm run bench`: snipgen against httpsnippet 3 on the same work, alternating the two tools,
// several repetitions, medians and ratios. Options:
//   --reps N          repetitions of every measurement (default 5)
//   --passes N        passes per process in (a): the first is the cold pass, the last third
//                     (after warm-up) the warm ones (default 15)
//   --only a,b,...    run only these sections (a-e)
//   --sizes 1000,...  endpoint counts for (e) (default 1000,10000,100000)
//   --scale-reps N    runs per size in (e) (default 1)
//   --json FILE       also write every measurement as JSON
//   --build DIR       measure this snipgen build (a folder with bin/, dist/, templates/) instead
//                     of building the working tree, e.g. an older commit's, for a before/after
// Timings never run in the test suite: this script is the only place they are taken.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CLIENTS, CREATE_KEY, ROOT, createKeyHar, githubHar, writeSyntheticSpecs } from './fixtures.mjs';

const args = parseArgs(process.argv.slice(2));
const REPS = Number(args.reps ?? 5);
const PASSES = Number(args.passes ?? 15);
const SECTIONS = new Set((args.only ?? 'a,b,c,d,e').split(','));
const SIZES = (args.sizes ?? '1000,10000,100000').split(',').map(Number);
const SCALE_REPS = Number(args['scale-reps'] ?? 1);
const CLIENT_IDS = CLIENTS.map((c) => c.snipgen).join(',');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const work = mkdtempSync(join(tmpdir(), 'snipgen-bench-'));
const results = { machine: machine(), sections: {} };
try {
  const snapshot = args.build ?? buildSnapshot(join(work, 'snapshot'));
  const dist = join(snapshot, 'dist', 'src');
  const bin = join(snapshot, 'bin', 'snipgen.js');
  log(`machine: ${results.machine.cpu} x${results.machine.cores}, ${results.machine.memoryGb} GB, node ${process.version}, load ${results.machine.loadBefore}`);
  const har = await githubHar();
  const harEntries = JSON.parse(readFileSync(har, 'utf8')).log.entries.length;
  log(`input: GitHub REST API (@octokit/openapi) as HAR, ${harEntries} requests x ${CLIENTS.length} clients = ${harEntries * CLIENTS.length} snippets`);

  if (SECTIONS.has('a')) results.sections.a = throughput(har, dist);
  let outB;
  if (SECTIONS.has('b') || SECTIONS.has('d')) ({ result: results.sections.b, out: outB } = wholeProcess(har, bin));
  if (SECTIONS.has('c')) results.sections.c = await coldStart(bin, dist);
  if (SECTIONS.has('d')) results.sections.d = noOp(har, bin, outB);
  if (SECTIONS.has('e')) results.sections.e = scale(bin);
  results.machine.loadAfter = loadavg().map((l) => l.toFixed(1)).join(' ');
  log(`\nload average after: ${results.machine.loadAfter}`);
  summary(results.sections);
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * The working tree built into a private folder (as `npm run build` does, with its templates and
 * schemas), so a build someone else starts in the shared tree cannot change the code under
 * measurement.
 */
function buildSnapshot(dir) {
  mkdirSync(dir, { recursive: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', join(dir, 'dist')], { encoding: 'utf8' });
  if (!existsSync(join(dir, 'dist', 'src', 'cli.js'))) throw new Error(`tsc produced no build:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) log(`warning: tsc reported type errors (measuring the emitted build anyway):\n${tsc.stdout.trim()}`);
  for (const name of ['package.json', 'bin', 'templates', 'schema', 'scripts']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The rest of `npm run build`: the built-in templates' code kept beside the renderer.
  const precompile = spawnSync(process.execPath, [join(dir, 'scripts', 'precompile-templates.mjs')], { encoding: 'utf8' });
  if (precompile.status !== 0) throw new Error(`precompiling the templates failed:\n${precompile.stderr}`);
  // And the CLI bundle bin/snipgen.js starts from.
  const bundle = spawnSync(process.execPath, [join(dir, 'scripts', 'bundle.mjs')], { encoding: 'utf8' });
  if (bundle.status !== 0) throw new Error(`bundling the CLI failed:\n${bundle.stderr}`);
  return dir;
}

/** (a) In-process throughput: snippets per second on the first pass and once warm. */
function throughput(har, dist) {
  log(`\n(a) in-process throughput, ${REPS} processes per tool, ${PASSES} passes each (the first pass; warm: the median of the last ${warmPasses()})`);
  const runs = { snipgen: [], httpsnippet: [] };
  for (let rep = 0; rep < REPS; rep++) {
    for (const tool of rep % 2 ? ['httpsnippet', 'snipgen'] : ['snipgen', 'httpsnippet']) {
      const child = spawnSync(process.execPath, [join(ROOT, 'bench', 'throughput.mjs'), tool, har, String(PASSES), dist], { encoding: 'utf8', maxBuffer: 1 << 26 });
      if (child.status !== 0) throw new Error(`${tool} throughput run failed:\n${child.stderr}`);
      const run = JSON.parse(child.stdout);
      const [first] = run.passes;
      // V8 takes several passes to optimise every printer and template: warm means the last third.
      const warm = run.passes.slice(-warmPasses());
      runs[tool].push({
        snippets: first.snippets,
        firstWall: first.wallMs,
        firstCpu: first.cpuMs,
        warmWall: median(warm.map((p) => p.wallMs)),
        warmCpu: median(warm.map((p) => p.cpuMs)),
        maxRssKb: run.maxRssKb,
      });
    }
  }
  const row = (tool) => {
    const r = runs[tool];
    const n = r[0].snippets;
    return {
      tool,
      snippets: n,
      firstPerSec: n / (median(r.map((x) => x.firstWall)) / 1000),
      firstPerCpuSec: n / (median(r.map((x) => x.firstCpu)) / 1000),
      warmPerSec: n / (median(r.map((x) => x.warmWall)) / 1000),
      warmPerCpuSec: n / (median(r.map((x) => x.warmCpu)) / 1000),
      maxRssMb: median(r.map((x) => x.maxRssKb)) / 1024,
    };
  };
  const s = row('snipgen');
  const h = row('httpsnippet');
  table(
    ['tool', 'first pass /s', 'first pass /CPU-s', 'warm /s', 'warm /CPU-s', 'peak RSS MB'],
    [s, h].map((r) => [r.tool, int(r.firstPerSec), int(r.firstPerCpuSec), int(r.warmPerSec), int(r.warmPerCpuSec), r.maxRssMb.toFixed(0)]),
  );
  const ratios = {
    first: s.firstPerSec / h.firstPerSec,
    firstCpu: s.firstPerCpuSec / h.firstPerCpuSec,
    warm: s.warmPerSec / h.warmPerSec,
    warmCpu: s.warmPerCpuSec / h.warmPerCpuSec,
    memory: s.maxRssMb / h.maxRssMb,
  };
  log(`snipgen/httpsnippet: first pass ${x(ratios.first)} (CPU ${x(ratios.firstCpu)}), warm ${x(ratios.warm)} (CPU ${x(ratios.warmCpu)}), peak memory ${x(ratios.memory)}`);
  return { snipgen: s, httpsnippet: h, ratios, runs };
}

function warmPasses() {
  return Math.max(1, Math.floor(PASSES / 3));
}

/** (b) Whole process: `snipgen gen` writing every file vs httpsnippet rendering the same snippets and writing nothing. */
function wholeProcess(har, bin) {
  log(`\n(b) whole process, ${REPS} runs per tool: snipgen gen (into an empty folder) vs a node script rendering with httpsnippet (writing nothing)`);
  const runs = { snipgen: [], httpsnippet: [] };
  const outs = [];
  for (let rep = 0; rep < REPS; rep++) {
    for (const tool of rep % 2 ? ['httpsnippet', 'snipgen'] : ['snipgen', 'httpsnippet']) {
      if (tool === 'snipgen') {
        outs.push(join(work, `gen-${rep}`));
        runs.snipgen.push(timed([bin, 'gen', '--clients', CLIENT_IDS, '--out', outs.at(-1), har]));
      } else runs.httpsnippet.push(timed([join(ROOT, 'bench', 'httpsnippet-all.mjs'), har]));
    }
  }
  // Removed only now: deleting thousands of files makes the next runs' writes slower on some file systems.
  const out = outs.pop();
  for (const old of outs) rmSync(old, { recursive: true, force: true });
  const files = countFiles(out);
  const result = compareProcesses(runs, `${files} files written by snipgen`);
  return { result: { ...result, files }, out };
}

/** (c) Cold start: `snipgen gen` of one spec with every client vs httpsnippet rendering one snippet. */
async function coldStart(bin, dist) {
  log(`\n(c) cold start, ${REPS * 2} runs per tool: snipgen gen ${relative(CREATE_KEY)} (all clients) vs a node script rendering one snippet with httpsnippet`);
  const one = join(work, 'create-key.har.json');
  writeFileSync(one, JSON.stringify(await createKeyHar(dist)));
  const runs = { snipgen: [], httpsnippet: [], node: [] };
  for (let rep = 0; rep < REPS * 2; rep++) {
    const out = join(work, `cold-${rep}`);
    for (const tool of rep % 2 ? ['httpsnippet', 'snipgen'] : ['snipgen', 'httpsnippet']) {
      if (tool === 'snipgen') runs.snipgen.push(timed([bin, 'gen', '--out', out, CREATE_KEY]));
      else runs.httpsnippet.push(timed([join(ROOT, 'bench', 'httpsnippet-one.mjs'), one]));
    }
    runs.node.push(timed(['-e', '']));
    rmSync(out, { recursive: true, force: true });
  }
  return compareProcesses(runs, `plain \`node -e ""\`: ${ms(median(runs.node.map((r) => r.wallMs)))} wall, ${ms(median(runs.node.map((r) => r.cpuMs)))} CPU`);
}

/** (d) No-op: `snipgen check` on the output of (b), nothing changed. */
function noOp(har, bin, out) {
  const files = countFiles(out);
  log(`\n(d) no-op: snipgen check on the ${files} files of (b), ${REPS} runs (goal: under 1 s)`);
  const args = [bin, 'check', '--clients', CLIENT_IDS, '--out', out, har];
  const stamps = join(work, '.snipgen-cache', 'check');
  const kept = join(work, 'stamps-kept');
  const runs = [];
  const full = [];
  for (let rep = 0; rep < REPS; rep++) {
    runs.push(timed(args));
    // The same check where gen's stamp is absent (a fresh clone in CI): it generates and compares everything.
    const stamped = existsSync(stamps);
    if (stamped) renameSync(stamps, kept);
    full.push(timed(args));
    if (stamped) renameSync(kept, stamps);
  }
  const row = (name, list) => [name, ms(median(list.map((r) => r.wallMs))), ms(median(list.map((r) => r.cpuMs))), (median(list.map((r) => r.maxRssKb)) / 1024).toFixed(0)];
  table(['command', 'wall', 'CPU', 'peak RSS MB'], [row('snipgen check (after gen)', runs), row('snipgen check, no stamp (fresh clone)', full)]);
  const stat = (list) => ({ wallMs: median(list.map((r) => r.wallMs)), cpuMs: median(list.map((r) => r.cpuMs)), maxRssMb: median(list.map((r) => r.maxRssKb)) / 1024 });
  return { files, ...stat(runs), full: stat(full), runs, fullRuns: full };
}

/** (e) Scale: synthetic APIs of growing size, one `snipgen gen` each. */
function scale(bin) {
  log(`\n(e) scale: snipgen gen of synthetic specs (${CLIENTS.length} clients, 100 endpoints per file, one output file per snippet plus a page per endpoint), ${SCALE_REPS} run(s) per size`);
  const rows = [];
  for (const size of SIZES) {
    const specs = join(work, `synthetic-${size}`);
    writeSyntheticSpecs(specs, size);
    const runs = [];
    for (let rep = 0; rep < SCALE_REPS; rep++) {
      const out = join(work, `scale-out-${size}`);
      runs.push(timed([bin, 'gen', '--clients', CLIENT_IDS, '--out', out, specs]));
      rmSync(out, { recursive: true, force: true });
    }
    rmSync(specs, { recursive: true, force: true });
    rows.push({ endpoints: size, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), maxRssMb: median(runs.map((r) => r.maxRssKb)) / 1024, runs });
  }
  table(
    ['endpoints', 'files', 'wall', 'CPU', 'CPU per 1,000 endpoints', 'peak RSS MB', 'MB per 1,000 endpoints more'],
    rows.map((r, i) => [
      int(r.endpoints),
      int(r.endpoints * (CLIENTS.length + 1) + 1),
      ms(r.wallMs),
      ms(r.cpuMs),
      ms((r.cpuMs / r.endpoints) * 1000),
      r.maxRssMb.toFixed(0),
      i ? ((r.maxRssMb - rows[i - 1].maxRssMb) / ((r.endpoints - rows[i - 1].endpoints) / 1000)).toFixed(1) : '',
    ]),
  );
  return rows;
}

function compareProcesses(runs, note) {
  const stat = (tool) => ({
    tool,
    wallMs: median(runs[tool].map((r) => r.wallMs)),
    cpuMs: median(runs[tool].map((r) => r.cpuMs)),
    maxRssMb: median(runs[tool].map((r) => r.maxRssKb)) / 1024,
  });
  const s = stat('snipgen');
  const h = stat('httpsnippet');
  table(['tool', 'wall', 'CPU (user+sys)', 'peak RSS MB'], [s, h].map((r) => [r.tool, ms(r.wallMs), ms(r.cpuMs), r.maxRssMb.toFixed(0)]));
  const ratios = { wall: s.wallMs / h.wallMs, cpu: s.cpuMs / h.cpuMs, memory: s.maxRssMb / h.maxRssMb };
  log(`snipgen/httpsnippet: wall ${x(ratios.wall)}, CPU ${x(ratios.cpu)}, peak memory ${x(ratios.memory)}; ${note}`);
  return { snipgen: s, httpsnippet: h, ratios, runs };
}

/** Runs `node <args>` to completion: wall time, CPU time and peak memory (from /usr/bin/time). */
function timed(nodeArgs) {
  const report = join(work, 'time.txt');
  const [command, commandArgs] = TIME ? [TIME, ['-f', '%U %S %M', '-o', report, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const start = process.hrtime.bigint();
  const child = spawnSync(command, commandArgs, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 26 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (child.status !== 0) throw new Error(`node ${nodeArgs.map(relative).join(' ')} exited with ${child.status}:\n${child.stdout}${child.stderr}`);
  if (!TIME) return { wallMs, cpuMs: NaN, maxRssKb: NaN };
  const [user, system, rss] = readFileSync(report, 'utf8').trim().split('\n').at(-1).split(' ').map(Number);
  return { wallMs, cpuMs: (user + system) * 1000, maxRssKb: rss };
}

function summary(sections) {
  log('\nGoals');
  const rows = [];
  const goal = (name, value, ok) => rows.push([name, value, ok ? 'met' : 'NOT met']);
  const { a, b, c, d, e } = sections;
  if (a) {
    goal('(a) warm >= 2x httpsnippet snippets/s', `${x(a.ratios.warm)} (CPU ${x(a.ratios.warmCpu)})`, a.ratios.warm >= 2);
    goal('(a) first pass >= 2x httpsnippet snippets/s', `${x(a.ratios.first)} (CPU ${x(a.ratios.firstCpu)})`, a.ratios.first >= 2);
    goal('(a) peak memory <= 1.5x httpsnippet', x(a.ratios.memory), a.ratios.memory <= 1.5);
  }
  if (b) {
    goal('(b) whole process <= 1.0x httpsnippet', `${x(b.ratios.wall)} (CPU ${x(b.ratios.cpu)})`, b.ratios.wall <= 1);
    goal('(b) peak memory <= 1.5x httpsnippet', x(b.ratios.memory), b.ratios.memory <= 1.5);
  }
  if (c) goal('(c) cold start <= 1.0x httpsnippet', `${x(c.ratios.wall)} (CPU ${x(c.ratios.cpu)})`, c.ratios.wall <= 1);
  if (d) goal(`(d) check of ${d.files} files (after gen) under 1 s`, `${ms(d.wallMs)} (CPU ${ms(d.cpuMs)})`, d.wallMs < 1000);
  if (e && e.length > 1) {
    const first = e[0];
    const last = e.at(-1);
    const growth = last.cpuMs / last.endpoints / (first.cpuMs / first.endpoints);
    goal(`(e) CPU per endpoint at ${int(last.endpoints)} vs ${int(first.endpoints)} endpoints (linear: <= 1.5x)`, x(growth), growth <= 1.5);
    // Bounded: the output is never held, so memory may grow only by what each endpoint itself needs.
    const perThousand = (last.maxRssMb - first.maxRssMb) / ((last.endpoints - first.endpoints) / 1000);
    goal(`(e) peak memory growth (<= 5 MB per 1,000 endpoints)`, `${perThousand.toFixed(1)} MB per 1,000 (${last.maxRssMb.toFixed(0)} MB at ${int(last.endpoints)})`, perThousand <= 5);
  }
  table(['goal', 'measured', ''], rows);
}

function machine() {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGb: (totalmem() / 2 ** 30).toFixed(0),
    freeGb: (freemem() / 2 ** 30).toFixed(0),
    node: process.version,
    loadBefore: loadavg().map((l) => l.toFixed(1)).join(' '),
  };
}

function countFiles(dir) {
  let n = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) n += entry.isDirectory() ? countFiles(join(dir, entry.name)) : 1;
  return n;
}

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  log([line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n'));
}

function median(values) {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function parseArgs(list) {
  const parsed = {};
  for (let i = 0; i < list.length; i++) {
    if (!list[i].startsWith('--')) throw new Error(`unexpected argument ${list[i]}`);
    parsed[list[i].slice(2)] = list[++i];
  }
  return parsed;
}

function relative(path) {
  return path.startsWith(ROOT + '/') ? path.slice(ROOT.length + 1) : path;
}

function int(n) {
  return Math.round(n).toLocaleString('en-US');
}

function ms(n) {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(0)} ms`;
}

function x(n) {
  return `${n.toFixed(2)}x`;
}

function log(text) {
  process.stdout.write(text + '\n');
}
