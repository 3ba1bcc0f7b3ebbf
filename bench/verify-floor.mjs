// `npm run bench:verify` (node bench/verify-floor.mjs): how far `snipgen verify` is from the
// cheapest run each language allows (issue 19: a snippet should cost at most 1.5x its language's
// bare process start). For every language with a verify toolchain on this machine, in one run:
//   floor        the bare start of what the language's runner starts per snippet: an empty
//                program with the same interpreter, JVM flags and class archive, `dotnet x.dll`,
//                ... (median of --reps runs, measured just before that language's verify)
//   setup        verify of one operation outside the sample with an empty --cache-dir: what a
//                language builds once for all snippets (a client's dependencies, a class
//                archive, a host project), which an API of 1,000 endpoints pays once
//   per snippet  then `snipgen verify --style runnable` of a sample of GitHub's REST API
//                (@octokit/openapi, written as one HAR file) with the language's clients and that
//                cache folder, the sample's snippets cold: wall time / snippets, and the CPU of
//                every program it started
//   warm         the same verify again with the builds it left and --no-cache: every snippet
//                runs, none is built (the per-snippet cost once a snippet is compiled)
//   ratio        per snippet / floor; and per endpoint, the sum over languages of per snippet x
//                clients: what verifying one endpoint with every client costs
// Options:
//   --only python,shell  languages to measure (default: all). JavaScript's browser clients are the
//                        row "javascript (browser)": they run in Chromium, whose start is their floor
//   --sample N           operations in the sample (default 60: every k-th by method and URL)
//   --reps N             runs of each floor (default 5)
//   --jobs N             verify's --jobs (default: verify's own, up to 2 cores)
//   --build DIR          measure this build (bin/, dist/, clients/) instead of a private build of
//                        the working tree, e.g. an older commit's checkout after `npm run build`
//   --baseline DIR       also verify each language with this build, right after, and print the speedup
//   --json FILE          also write every measurement as JSON
// Timings never run in the test suite: this script, verify.mjs and run.mjs are where they are taken.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, binOf, buildSnapshot, githubSample } from './fixtures.mjs';
import { childCpuMs, log, median, parseArgs, sec, table } from './common.mjs';

const args = parseArgs(process.argv.slice(2));
const SAMPLE = Number(args.sample ?? 60);
const REPS = Number(args.reps ?? 5);
const ONLY = args.only?.split(',');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const work = mkdtempSync(join(tmpdir(), 'snipgen-bench-verify-floor-'));
try {
  const build = args.build ?? buildSnapshot(join(work, 'snapshot'));
  const dist = join(build, 'dist', 'src');
  const { CLIENTS } = await import(join(dist, 'clients', 'index.js'));
  // The JVM flags of the measured build's java runner, so the JVM floors start the JVM as its snippets do.
  const { JVM_FLAGS } = await import(join(dist, 'verify', 'runners', 'jvm-host.js'));
  const baselineClients = args.baseline ? new Set((await import(join(args.baseline, 'dist', 'src', 'clients', 'index.js'))).CLIENTS.map((c) => c.id)) : undefined;
  const { file: har, setup, endpoints, of } = await githubSample(dist, SAMPLE);
  const floors = floorDefinitions(JVM_FLAGS);
  const { treeIsolation } = await import(join(dist, 'verify', 'process.js'));

  // One row per language; browser clients apart, since Chromium, not Node, is what each of their snippets starts.
  const rows = new Map();
  for (const c of CLIENTS) {
    const name = c.verify.runner === 'browser' ? `${c.language} (browser)` : c.language;
    if (ONLY && !ONLY.includes(name) && !ONLY.includes(c.language)) continue;
    rows.set(name, [...(rows.get(name) ?? []), c.id]);
  }

  const results = { machine: { cpu: cpus()[0]?.model, cores: cpus().length, node: process.version, loadBefore: load() }, build: args.build ?? `working tree at ${gitDescribe()}`, baseline: args.baseline, sample: endpoints, rows: [] };
  log(`machine: ${results.machine.cpu} x${results.machine.cores}, node ${process.version}, load average ${results.machine.loadBefore}`);
  log(`build: ${results.build}${args.baseline ? `; baseline: ${args.baseline}` : ''}; verify --jobs ${args.jobs ?? "default (verify's own)"}`);
  log(`input: ${endpoints} of the ${of} operations of GitHub's REST API (@octokit/openapi), evenly spaced by method and URL, as ${har}`);

  results.isolation = measureIsolation(await treeIsolation());

  for (const [name, ids] of rows) {
    const floor = floors[name] ?? { none: 'no floor defined for it in bench/verify-floor.mjs' };
    const missing = (floor.needs ?? []).find((program) => !available(program));
    const row = { name, clients: ids };
    results.rows.push(row);
    if (missing) {
      row.skipped = missing.startsWith('/') ? `no ${missing}` : `no ${missing} (\`command -v ${missing}\` finds nothing)`;
      log(`${name}: skipped, ${row.skipped}`);
      continue;
    }
    row.floor = floor.none ? { none: floor.none } : measureFloor(name, floor);
    [row.setup, row.verify, row.warm] = runVerifyColdWarm(binOf(build), ids, setup, har, `${name}`);
    if (args.baseline) {
      const known = ids.filter((id) => baselineClients.has(id));
      if (known.length) [row.baselineSetup, row.baseline, row.baselineWarm] = runVerifyColdWarm(binOf(args.baseline), known, setup, har, `${name} (baseline)`);
    }
    row.load = load();
  }
  results.machine.loadAfter = load();
  log(`load average after: ${results.machine.loadAfter}\n`);
  printTable(results.rows, endpoints, results.isolation);
  if (args.json) writeFileSync(args.json, JSON.stringify(results, null, 2) + '\n');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * What each language's snippet run starts, empty. `needs`: programs (or files) without which the
 * language is skipped here; `prepare(dir)`: builds what has to be built (not timed) and returns
 * the command, or a function of the run's number for commands that need a fresh folder per run.
 */
function floorDefinitions(jvmFlags) {
  const node = () => [process.execPath, '-e', '0'];
  const pwsh = available('pwsh') ? 'pwsh' : '/opt/pwsh-7.6.10/pwsh';
  return {
    // Debian's interpreter, as the runner uses; `python3` on PATH may be a (slower) pyenv shim.
    python: { needs: ['/usr/bin/python3'], prepare: () => ['/usr/bin/python3', '-c', 'pass'] },
    // The Node running snipgen runs the javascript and npm runners' snippets, and sends http/1.1's messages (`node -e`).
    javascript: { prepare: node },
    node: { prepare: node },
    http: { prepare: node },
    'javascript (browser)': {
      needs: ['/usr/bin/chromium'],
      // The browser runner's flags, a fresh profile per run as each snippet gets, an empty page instead of the snippet's.
      prepare: (dir) => (i) => ['/usr/bin/chromium', '--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${dir}/profile-${i}`, '--virtual-time-budget=10000', '--dump-dom', 'about:blank'],
    },
    ruby: { needs: ['ruby'], prepare: () => ['ruby', '-e', '0'] },
    php: { needs: ['php'], prepare: () => ['php', '-r', ''] },
    // curl, wget and httpie snippets are bash scripts: bash is what every one starts (then the tool).
    shell: { needs: ['bash'], prepare: () => ['bash', '-c', ':'] },
    perl: { needs: ['perl'], prepare: () => ['perl', '-e', '0'] },
    lua: { needs: ['lua5.4'], prepare: () => ['lua5.4', '-e', ''] },
    elixir: { needs: ['elixir'], prepare: () => ['elixir', '-e', ''] },
    r: { needs: ['Rscript'], env: { LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' }, prepare: () => ['Rscript', '--vanilla', '-e', '0'] },
    // The powershell runner runs every snippet in one pwsh (a runspace each); this is one pwsh's start.
    powershell: { needs: [pwsh], env: { POWERSHELL_TELEMETRY_OPTOUT: '1', POWERSHELL_UPDATECHECK: 'Off' }, prepare: () => [pwsh, '-NoProfile', '-NonInteractive', '-Command', 'exit'] },
    go: {
      needs: ['go'],
      prepare: (dir) => build(dir, 'main.go', 'package main\n\nfunc main() {}\n', ['go', 'build', '-o', 'empty', 'main.go'], { CGO_ENABLED: '0', GOTOOLCHAIN: 'local', GOPROXY: 'off', GOFLAGS: '' }),
    },
    c: { needs: ['gcc'], prepare: (dir) => build(dir, 'empty.c', 'int main(void) { return 0; }\n', ['gcc', '-O0', '-o', 'empty', 'empty.c']) },
    rust: { needs: ['cargo', 'rustc'], prepare: (dir) => build(dir, 'empty.rs', 'fn main() {}\n', ['rustc', '-C', 'debuginfo=0', '-o', 'empty', 'empty.rs']) },
    haskell: { needs: ['ghc'], prepare: (dir) => build(dir, 'Empty.hs', 'main :: IO ()\nmain = return ()\n', ['ghc', '-dynamic', '-O0', '-outputdir', 'out', '-o', 'empty', 'Empty.hs']) },
    crystal: { needs: ['crystal'], prepare: (dir) => build(dir, 'empty.cr', '', ['crystal', 'build', '--no-debug', '-o', 'empty', 'empty.cr'], { CRYSTAL_CACHE_DIR: join(dir, '.crystal') }) },
    ocaml: { needs: ['ocamlfind'], prepare: (dir) => build(dir, 'empty.ml', 'let () = ()\n', ['ocamlfind', 'ocamlopt', '-o', 'empty', 'empty.ml']) },
    swift: { needs: ['swiftc'], prepare: (dir) => build(dir, 'main.swift', '', ['swiftc', '-o', 'empty', 'main.swift']) },
    objc: { needs: ['clang', 'gnustep-config'], none: 'only syntax-checked here (GNUstep has no NSURLSession): no snippet runs' },
    // The java runner starts each snippet with its JVM flags and a class archive (AppCDS) of what its
    // client's jars load, made on first use as here. The JVM archives classes from jars only, hence the jar.
    java: {
      needs: ['java', 'javac', 'jar'],
      prepare: (dir) => {
        build(dir, 'Empty.java', 'public class Empty { public static void main(String[] args) {} }\n', ['javac', 'Empty.java']);
        build(dir, undefined, undefined, ['jar', 'cf', 'empty.jar', 'Empty.class']);
        build(dir, undefined, undefined, ['java', '-XX:ArchiveClassesAtExit=empty.jsa', '-cp', 'empty.jar', 'Empty']);
        return ['java', ...jvmFlags, `-XX:SharedArchiveFile=${dir}/empty.jsa`, '-cp', `${dir}/empty.jar`, 'Empty'];
      },
    },
    // Kotlin snippets run on the same JVM flags, without an archive; an empty `fun main()` loads nothing of Kotlin's library.
    kotlin: {
      needs: ['java', 'javac', 'kotlinc'],
      prepare: (dir) => {
        build(dir, 'Empty.java', 'public class Empty { public static void main(String[] args) {} }\n', ['javac', 'Empty.java']);
        return ['java', ...jvmFlags, '-cp', dir, 'Empty'];
      },
    },
    // Clojure's bare start is clojure.main loading clojure.core; the runner archives what its libraries load, so this archives what `-e nil` loads.
    clojure: {
      needs: ['java', '/usr/share/java/clojure-1.11.jar'],
      prepare: (dir) => {
        const cp = ['/usr/share/java/clojure-1.11.jar', '/usr/share/java/spec.alpha.jar', '/usr/share/java/core.specs.alpha.jar'].join(':');
        build(dir, undefined, undefined, ['java', '-XX:ArchiveClassesAtExit=clojure.jsa', '-cp', cp, 'clojure.main', '-e', 'nil']);
        return ['java', ...jvmFlags, `-XX:SharedArchiveFile=${dir}/clojure.jsa`, '-Xshare:auto', '-Xlog:cds=off', '-Xlog:cds+dynamic=off', '-cp', cp, 'clojure.main', '-e', 'nil'];
      },
    },
    // The csharp runner builds each snippet into an assembly of a console project and runs `dotnet <assembly>`.
    csharp: {
      needs: ['dotnet'],
      prepare: (dir) => {
        const project = '<Project Sdk="Microsoft.NET.Sdk"><PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><ImplicitUsings>enable</ImplicitUsings><Nullable>enable</Nullable></PropertyGroup></Project>\n';
        writeFileSync(join(dir, 'Program.cs'), 'return;\n');
        // No build server left behind: it would keep a core busy during the measurements that follow.
        build(dir, 'Empty.csproj', project, ['dotnet', 'build', '-nologo', '-v:q', '-nr:false', '-p:UseSharedCompilation=false', 'Empty.csproj'], { DOTNET_CLI_TELEMETRY_OPTOUT: '1', DOTNET_NOLOGO: '1', MSBUILDDISABLENODEREUSE: '1' });
        return ['dotnet', join(dir, 'bin', 'Debug', 'net10.0', 'Empty.dll')];
      },
    },
  };
}

/** Writes `source` (when given) and runs a build command in `dir`; returns the command that runs `dir/empty`. */
function build(dir, file, source, argv, env = {}) {
  if (file) writeFileSync(join(dir, file), source);
  const result = spawnSync(argv[0], argv.slice(1), { cwd: dir, env: { ...process.env, ...env }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} failed in ${dir}:\n${result.error ?? ''}${result.stdout}${result.stderr}`);
  return [join(dir, 'empty')];
}

/** The floor: the median wall time of --reps starts, and their mean CPU (the kernel counts CPU in 10 ms ticks). */
function measureFloor(name, floor) {
  const dir = join(work, `floor-${name.replace(/\W+/g, '-')}`);
  mkdirSync(dir, { recursive: true });
  const prepared = floor.prepare(dir);
  const argv = (i) => (typeof prepared === 'function' ? prepared(i) : prepared);
  const env = { ...process.env, ...floor.env };
  // One start first, not counted: it reads the program and its libraries into the page cache.
  timed(argv(0), dir, env);
  const runs = Array.from({ length: REPS }, (_, i) => timed(argv(i + 1), dir, env));
  const command = argv(1).map((a) => (/^[\w@%+=:,./-]+$/.test(a) ? a : `'${a}'`)).join(' ').replaceAll(work, '<tmp>');
  log(`${name}: floor ${ms(median(runs.map((r) => r.wallMs)))} (${ms(runs.reduce((sum, r) => sum + r.cpuMs, 0) / REPS)} CPU)`);
  return { command, wallMs: median(runs.map((r) => r.wallMs)), cpuMs: runs.reduce((sum, r) => sum + r.cpuMs, 0) / REPS, runs };
}

/**
 * Verify starts every step of a snippet as the first process of a PID namespace (`unshare`) when
 * the machine allows it: the cost of that wrapper, which no floor includes, as `true` with and without it.
 */
function measureIsolation(isolation) {
  if (isolation.kind !== 'pid-namespace') return `tracked through /proc (${isolation.kind} isolation: no wrapper process)`;
  const dir = join(work, 'isolation');
  mkdirSync(dir);
  const start = (argv) => median(Array.from({ length: 21 }, () => timed(argv, dir, process.env).wallMs).slice(1));
  const bare = start(['true']);
  const wrapped = start([...isolation.prefix, 'true']);
  return `under \`${isolation.prefix.join(' ')}\`, which adds ${ms(wrapped - bare)} to each start (\`true\`: ${ms(bare)} bare, ${ms(wrapped)} wrapped)`;
}

function timed(argv, cwd, env) {
  const cpu = childCpuMs();
  const start = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited with ${result.status ?? result.signal}:\n${result.error ?? ''}${result.stderr}`);
  return { wallMs, cpuMs: childCpuMs() - cpu };
}

/**
 * Setup (one operation outside the sample, an empty cache folder), cold (the sample's snippets
 * not built yet), then warm (the builds the cold run left, nothing remembered).
 */
function runVerifyColdWarm(bin, ids, setup, har, label) {
  const cache = mkdtempSync(join(work, 'cache-'));
  try {
    return [
      runVerify(bin, ids, setup, `${label}, setup`, cache, []),
      runVerify(bin, ids, har, label, cache, []),
      runVerify(bin, ids, har, `${label}, warm`, cache, ['--no-cache']),
    ];
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

/**
 * One `snipgen verify` of the sample with these clients, runnable style; counts and each
 * snippet's own run time from its JUnit report. Exit code 1 means failures, which the counts show.
 */
function runVerify(bin, ids, har, label, cache, extra) {
  const junit = join(work, `${label.replace(/\W+/g, '-')}.xml`);
  const argv = [bin, 'verify', '--style', 'runnable', '--clients', ids.join(','), '--cache-dir', cache, '--junit', junit, ...extra, ...(args.jobs ? ['--jobs', args.jobs] : []), har];
  const cpu = childCpuMs();
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const cpuMs = childCpuMs() - cpu;
  if ((child.status !== 0 && child.status !== 1) || !existsSync(junit)) throw new Error(`snipgen verify (${label}) exited with ${child.status ?? child.signal}:\n${child.stderr}${child.stdout.slice(-4000)}`);
  const tests = [...readFileSync(junit, 'utf8').matchAll(/<testcase [^>]*?time="([\d.]+)"(?:\/>|>([\s\S]*?)<\/testcase>)/g)].map(([, time, body = '']) => ({
    ms: Number(time) * 1000,
    status: body.includes('<failure') ? 'failed' : body.includes('<skipped message="expected failure') ? 'xfail' : body.includes('<skipped') ? 'skipped' : 'passed',
  }));
  const count = (status) => tests.filter((t) => t.status === status).length;
  const ran = tests.filter((t) => t.ms > 0).map((t) => t.ms);
  // The distinct reasons of the first failures, to tell a broken toolchain from a broken template.
  const failures = [...new Set(child.stdout.split('\n').filter((l) => l.startsWith('FAIL ') || l.startsWith('UNEXPECTED PASS ')).map((l) => l.replace(/ \[[^\]]*\]/, '').replace(/^(\S+ \S+ \S+) \S+:/, '$1:')))].slice(0, 5);
  const result = { wallMs, cpuMs, snippets: tests.length, passed: count('passed'), failed: count('failed'), skipped: count('skipped'), xfail: count('xfail'), runMs: ran.length ? median(ran) : undefined, failures };
  log(`${label}: ${result.snippets} snippets in ${sec(wallMs)} (${sec(cpuMs)} CPU): ${counts(result)}; load ${load()}${failures.length ? `\n  ${failures.join('\n  ')}` : ''}`);
  return result;
}

function printTable(rows, endpoints, isolation) {
  const baseline = rows.some((r) => r.baseline);
  const header = ['language', 'clients', 'setup: wall', 'floor: wall (CPU)', 'snippets', 'verify: wall (CPU)', 'per snippet: wall (CPU)', 'per snippet / floor: wall (CPU)', "one snippet's run, median", 'passed / failed / skipped / expected failures'];
  header.push('warm per snippet: wall (CPU)', 'warm / floor: wall (CPU)');
  if (baseline) header.push('baseline per snippet: wall (CPU)', 'speedup: wall', 'baseline warm per snippet: wall', 'warm speedup: wall');
  const body = [];
  const total = { setupMs: 0, wallMs: 0, cpuMs: 0, warmWallMs: 0, warmCpuMs: 0, floorWallMs: 0, floorCpuMs: 0, clients: 0, snippets: 0, passed: 0, failed: 0, skipped: 0, xfail: 0, baseWallMs: 0, baseWarmWallMs: 0 };
  for (const r of rows) {
    if (r.skipped) {
      body.push([r.name, r.clients.length, '', `skipped: ${r.skipped}`, ...header.slice(4).map(() => '')]);
      continue;
    }
    const v = r.verify;
    const per = { wallMs: v.wallMs / v.snippets, cpuMs: v.cpuMs / v.snippets };
    const f = r.floor;
    const cells = [
      r.name,
      r.clients.length,
      sec(r.setup.wallMs),
      f.none ? `none: ${f.none}` : `${ms(f.wallMs)} (${ms(f.cpuMs)})`,
      v.snippets,
      `${sec(v.wallMs)} (${sec(v.cpuMs)})`,
      `${ms(per.wallMs)} (${ms(per.cpuMs)})`,
      f.none ? '' : `${x(per.wallMs / f.wallMs)} (${x(per.cpuMs / f.cpuMs)})`,
      v.runMs === undefined ? '' : ms(v.runMs),
      counts(v),
    ];
    const w = r.warm;
    const warm = { wallMs: w.wallMs / w.snippets, cpuMs: w.cpuMs / w.snippets };
    cells.push(`${ms(warm.wallMs)} (${ms(warm.cpuMs)})`, f.none ? '' : `${x(warm.wallMs / f.wallMs)} (${x(warm.cpuMs / f.cpuMs)})`);
    total.warmWallMs += w.wallMs;
    total.warmCpuMs += w.cpuMs;
    if (baseline) {
      const b = r.baseline;
      const bw = r.baselineWarm;
      cells.push(b ? `${ms(b.wallMs / b.snippets)} (${ms(b.cpuMs / b.snippets)})` : '', b ? x(b.wallMs / b.snippets / per.wallMs) : '');
      cells.push(bw ? ms(bw.wallMs / bw.snippets) : '', bw ? x(bw.wallMs / bw.snippets / warm.wallMs) : '');
      if (b) total.baseWallMs += b.wallMs;
      if (bw) total.baseWarmWallMs += bw.wallMs;
    }
    body.push(cells);
    for (const k of ['wallMs', 'cpuMs', 'snippets', 'passed', 'failed', 'skipped', 'xfail']) total[k] += v[k];
    total.clients += r.clients.length;
    total.setupMs += r.setup.wallMs;
    if (!f.none) {
      total.floorWallMs += f.wallMs * r.clients.length;
      total.floorCpuMs += f.cpuMs * r.clients.length;
    }
  }
  // Per endpoint = the sum over languages of per snippet x clients = the languages' verify time / endpoints.
  const perEndpoint = { wallMs: total.wallMs / endpoints, cpuMs: total.cpuMs / endpoints };
  const totals = [`**per endpoint, every client measured**`, total.clients, sec(total.setupMs), `${ms(total.floorWallMs)} (${ms(total.floorCpuMs)})`, total.snippets, `${sec(total.wallMs)} (${sec(total.cpuMs)})`, `**${sec(perEndpoint.wallMs)} (${sec(perEndpoint.cpuMs)})**`, `${x(perEndpoint.wallMs / total.floorWallMs)} (${x(perEndpoint.cpuMs / total.floorCpuMs)})`, '', counts(total)];
  const warmEndpoint = { wallMs: total.warmWallMs / endpoints, cpuMs: total.warmCpuMs / endpoints };
  totals.push(`**${sec(warmEndpoint.wallMs)} (${sec(warmEndpoint.cpuMs)})**`, `${x(warmEndpoint.wallMs / total.floorWallMs)} (${x(warmEndpoint.cpuMs / total.floorCpuMs)})`);
  if (baseline) totals.push(`${sec(total.baseWallMs / endpoints)}`, x(total.baseWallMs / total.wallMs), `${sec(total.baseWarmWallMs / endpoints)}`, x(total.baseWarmWallMs / total.warmWallMs));
  body.push(totals);
  table(header, body);
  log(`\nFloors (run bare; verify starts each snippet's steps ${isolation}):`);
  for (const r of rows) if (r.floor && !r.floor.none) log(`- ${r.name}: \`${r.floor.command}\``);
  log(`\nPer endpoint: the sum over the languages measured of per snippet x clients (= their verify wall time / ${endpoints} endpoints); its floor column is the sum of floor x clients. A 1,000-endpoint API at this rate: ${((total.setupMs / 1000 + perEndpoint.wallMs) / 60).toFixed(0)} minutes cold (the setup once, then 1,000 x per endpoint), ${(warmEndpoint.wallMs / 60).toFixed(0)} minutes warm.`);
}

/** `command -v`, or the file's existence for a path (a jar is no command). */
function available(program) {
  if (program.startsWith('/')) return existsSync(program);
  return spawnSync('sh', ['-c', 'command -v "$1"', 'sh', program]).status === 0;
}

function gitDescribe() {
  return spawnSync('git', ['describe', '--always', '--dirty'], { cwd: ROOT, encoding: 'utf8' }).stdout.trim() || 'unknown';
}

function counts(r) {
  return `${r.passed} / ${r.failed} / ${r.skipped} / ${r.xfail}`;
}

function ms(n) {
  return n >= 1000 ? `${(n / 1000).toFixed(2)} s` : `${n.toFixed(n < 10 ? 1 : 0)} ms`;
}

function x(n) {
  // A floor of 0 ms CPU is below the kernel's 10 ms tick on every run: no ratio.
  return Number.isFinite(n) ? `${n.toFixed(1)}x` : '-';
}

