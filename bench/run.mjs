// `npm run bench`: snipgen against httpsnippet 3 on the same work, alternating the two tools,
// several repetitions, medians and ratios, and the goals of issue 15 met or not. Options:
//   --reps N          repetitions of every measurement (default 5)
//   --only b,c,...    run only these sections (b-e)
//   --sizes 1000,...  endpoint counts for (e) (default 1000,16000: Microsoft Graph's size)
//   --scale-reps N    runs per size in (e) (default 1)
//   --json FILE       also write every measurement as JSON
//   --build DIR       measure this snipgen build (a folder with bin/, dist/, clients/) instead
//                     of building the working tree, e.g. an older commit's, for a before/after
// The verify section is its own script, `npm run bench:verify` (bench/verify-floor.mjs): each
// language's bare process start against verify's cost per snippet on a sample of the same API
// (issue 19); a verify run takes many minutes where these sections take seconds.
// Timings never run in the test suite: this script and those in bench/ are where they are taken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { CLIENTS, CREATE_KEY, ROOT, binOf, buildSnapshot, createKeyHar, githubHar, writeSyntheticSpecs } from './fixtures.mjs';
import { log, median, parseArgs, table } from './common.mjs';

const args = parseArgs(process.argv.slice(2));
const REPS = Number(args.reps ?? 5);
const SECTIONS = new Set((args.only ?? 'b,c,d,e').split(','));
const SIZES = (args.sizes ?? '1000,16000').split(',').map(Number);
const SCALE_REPS = Number(args['scale-reps'] ?? 1);
const CLIENT_IDS = CLIENTS.map((c) => c.snipgen).join(',');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const work = mkdtempSync(join(tmpdir(), 'snipgen-bench-'));
const results = { machine: machine(), sections: {} };
try {
  const snapshot = args.build ?? buildSnapshot(join(work, 'snapshot'));
  const dist = join(snapshot, 'dist', 'src');
  const bin = binOf(snapshot);
  log(`machine: ${results.machine.cpu} x${results.machine.cores}, ${results.machine.memoryGb} GB, node ${process.version}, load ${results.machine.loadBefore}`);
  const har = await githubHar();
  const harEntries = JSON.parse(readFileSync(har, 'utf8')).log.entries.length;
  log(`input: GitHub REST API (@octokit/openapi) as HAR, ${harEntries} requests x ${CLIENTS.length} clients = ${harEntries * CLIENTS.length} snippets`);

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
 * (b) Whole process: `snipgen gen` writing every file vs httpsnippet rendering the same snippets
 * and writing nothing. Also gen into a folder that already holds a file, which is written file by
 * file (temporary name, compare, rename) instead of staged whole: the effect of staging whole.
 */
function wholeProcess(har, bin) {
  log(`\n(b) whole process, ${REPS} runs per tool: snipgen gen (into an empty folder) vs a node script rendering with httpsnippet (writing nothing)`);
  const runs = { snipgen: [], httpsnippet: [], fileByFile: [] };
  const outs = [];
  for (let rep = 0; rep < REPS; rep++) {
    for (const tool of rep % 2 ? ['httpsnippet', 'snipgen', 'fileByFile'] : ['snipgen', 'fileByFile', 'httpsnippet']) {
      if (tool === 'httpsnippet') runs.httpsnippet.push(timed([join(ROOT, 'bench', 'httpsnippet-all.mjs'), har]));
      else {
        const out = join(work, `gen-${rep}-${tool}`);
        outs.push(out);
        // A file the run did not write makes the folder one to update in place.
        if (tool === 'fileByFile') {
          mkdirSync(out);
          writeFileSync(join(out, 'README.txt'), 'kept\n');
        }
        runs[tool].push(timed([bin, 'gen', '--clients', CLIENT_IDS, '--out', out, har]));
      }
    }
  }
  // Removed only now: deleting thousands of files makes the next runs' writes slower on some file systems.
  const out = outs.find((o) => o.endsWith('-snipgen'));
  for (const old of outs) if (old !== out) rmSync(old, { recursive: true, force: true });
  const files = countFiles(out);
  const result = compareProcesses(runs, `${files} files written by snipgen`);
  const inPlace = stats(runs.fileByFile);
  log(`the same gen into a folder holding one other file (written file by file): ${ms(inPlace.wallMs)} wall, ${ms(inPlace.cpuMs)} CPU; staging whole saves ${ms(inPlace.wallMs - result.snipgen.wallMs)} wall`);
  return { result: { ...result, files, fileByFile: inPlace }, out };
}

/**
 * (c) Cold start: `snipgen gen` of one spec with every client into an empty folder vs httpsnippet
 * rendering one snippet; and the same gen from the compiled modules (dist/src) instead of the
 * CLI bundle, without the build's code cache (dist/code-cache moved aside for the run), and
 * without the build's prebuilt clients (dist/prebuilt.cjs moved aside): the effect of each.
 */
async function coldStart(bin, dist) {
  log(`\n(c) cold start, ${REPS * 2} runs per tool: snipgen gen ${relative(CREATE_KEY)} (every client) vs a node script rendering one snippet with httpsnippet`);
  const one = join(work, 'create-key.har.json');
  writeFileSync(one, JSON.stringify(await createKeyHar(dist)));
  const prebuilt = join(dist, '..', 'prebuilt.cjs');
  const codeCache = join(dist, '..', 'code-cache');
  /** A gen run with `path` (a part of the build) moved aside, when the build has it. */
  const without = (path, out) => {
    if (!existsSync(path)) return undefined;
    renameSync(path, `${path}.aside`);
    try {
      return timed([bin, 'gen', '--out', out, CREATE_KEY]);
    } finally {
      renameSync(`${path}.aside`, path);
    }
  };
  const runs = { snipgen: [], httpsnippet: [], unbundled: [], uncached: [], unprebuilt: [], node: [] };
  for (let rep = 0; rep < REPS * 2; rep++) {
    const out = join(work, `cold-${rep}`);
    for (const tool of rep % 2 ? ['httpsnippet', 'snipgen', 'unbundled', 'uncached', 'unprebuilt'] : ['unprebuilt', 'uncached', 'snipgen', 'unbundled', 'httpsnippet']) {
      if (tool === 'snipgen') runs.snipgen.push(timed([bin, 'gen', '--out', out, CREATE_KEY]));
      else if (tool === 'unbundled') runs.unbundled.push(timed([join(ROOT, 'bench', 'unbundled.mjs'), join(dist, 'cli.js'), 'gen', '--out', `${out}-unbundled`, CREATE_KEY]));
      else if (tool === 'uncached' || tool === 'unprebuilt') {
        const run = without(tool === 'uncached' ? codeCache : prebuilt, `${out}-${tool}`);
        if (run) runs[tool].push(run);
      } else if (tool === 'httpsnippet') runs.httpsnippet.push(timed([join(ROOT, 'bench', 'httpsnippet-one.mjs'), one]));
    }
    runs.node.push(timed(['-e', '']));
    for (const folder of [out, `${out}-unbundled`, `${out}-uncached`, `${out}-unprebuilt`]) rmSync(folder, { recursive: true, force: true });
  }
  const unbundled = stats(runs.unbundled);
  const node = stats(runs.node);
  const result = compareProcesses({ snipgen: runs.snipgen, httpsnippet: runs.httpsnippet }, `plain \`node -e ""\`: ${ms(node.wallMs)} wall, ${ms(node.cpuMs)} CPU`);
  log(`the same gen from dist/src, without the bundle: ${ms(unbundled.wallMs)} wall, ${ms(unbundled.cpuMs)} CPU (${x(unbundled.wallMs / result.httpsnippet.wallMs)} httpsnippet)`);
  const uncached = runs.uncached.length ? stats(runs.uncached) : undefined;
  if (uncached) log(`the same gen without dist/code-cache (every file compiled from source): ${ms(uncached.wallMs)} wall, ${ms(uncached.cpuMs)} CPU (${x(uncached.wallMs / result.httpsnippet.wallMs)} httpsnippet)`);
  else log('this build has no dist/code-cache: nothing to compare without it');
  const unprebuilt = runs.unprebuilt.length ? stats(runs.unprebuilt) : undefined;
  if (unprebuilt) log(`the same gen without dist/prebuilt.cjs (every template compiled, every descriptor parsed): ${ms(unprebuilt.wallMs)} wall, ${ms(unprebuilt.cpuMs)} CPU (${x(unprebuilt.wallMs / result.httpsnippet.wallMs)} httpsnippet)`);
  else log('this build has no dist/prebuilt.cjs: nothing to compare without it');
  return { ...result, unbundled, uncached, unprebuilt, node };
}

/** (d) No-op: `snipgen check` on the output of (b), nothing changed, no cache of any kind (a fresh CI clone). */
function noOp(har, bin, out) {
  const files = countFiles(out);
  log(`\n(d) no-op: snipgen check on the ${files} files of (b), ${REPS} runs (goal: under 1 s)`);
  const runs = [];
  for (let rep = 0; rep < REPS; rep++) {
    rmSync(join(work, '.snipgen-cache'), { recursive: true, force: true });
    runs.push(timed([bin, 'check', '--clients', CLIENT_IDS, '--out', out, har]));
  }
  const stat = stats(runs);
  table(['command', 'wall', 'CPU', 'peak RSS MB'], [['snipgen check, nothing changed', ms(stat.wallMs), ms(stat.cpuMs), stat.maxRssMb.toFixed(0)]]);
  return { files, ...stat, runs };
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
  const s = { tool: 'snipgen', ...stats(runs.snipgen) };
  const h = { tool: 'httpsnippet', ...stats(runs.httpsnippet) };
  table(['tool', 'wall', 'CPU (user+sys)', 'peak RSS MB'], [s, h].map((r) => [r.tool, ms(r.wallMs), ms(r.cpuMs), r.maxRssMb.toFixed(0)]));
  const ratios = { wall: s.wallMs / h.wallMs, cpu: s.cpuMs / h.cpuMs, memory: s.maxRssMb / h.maxRssMb };
  log(`snipgen/httpsnippet: wall ${x(ratios.wall)}, CPU ${x(ratios.cpu)}, peak memory ${x(ratios.memory)}; ${note}`);
  return { snipgen: s, httpsnippet: h, ratios, runs };
}

/** Medians of some timed runs. */
function stats(list) {
  return { wallMs: median(list.map((r) => r.wallMs)), cpuMs: median(list.map((r) => r.cpuMs)), maxRssMb: median(list.map((r) => r.maxRssKb)) / 1024 };
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
  log('\nGoals (issue 15)');
  const rows = [];
  const goal = (name, value, ok) => rows.push([name, value, ok ? 'met' : 'NOT met']);
  const { b, c, d, e } = sections;
  if (c) goal('(c) cold start, one endpoint x every client <= 1.0x httpsnippet one snippet', `${x(c.ratios.wall)} (CPU ${x(c.ratios.cpu)})`, c.ratios.wall <= 1);
  if (b) {
    goal(`(b) gen of GitHub's REST API, ${b.files} files, <= 2.5 s`, `${ms(b.snipgen.wallMs)} (CPU ${ms(b.snipgen.cpuMs)})`, b.snipgen.wallMs <= 2500);
    goal('(b) peak memory <= 1.5x httpsnippet', x(b.ratios.memory), b.ratios.memory <= 1.5);
  }
  if (d) goal(`(d) check of ${d.files} files, nothing changed, no cache, < 1 s`, `${ms(d.wallMs)} (CPU ${ms(d.cpuMs)})`, d.wallMs < 1000);
  const largest = e?.find((r) => r.endpoints >= 16000);
  if (largest) goal(`(e) ${int(largest.endpoints)} operations in < 60 s and < 2 GB`, `${ms(largest.wallMs)}, ${largest.maxRssMb.toFixed(0)} MB`, largest.wallMs < 60000 && largest.maxRssMb < 2048);
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

