// `npm run bench:verify-changed` (node bench/verify-changed.mjs): issue 19's "only what changed".
// After one endpoint of a 1,000-endpoint API changes, how long does `snipgen verify` take when the
// cache folder of the run before is kept (as CI keeps it with actions/cache)?
//   1. first run   verify a sample of GitHub's REST API (--sample operations, as one HAR file)
//                  with --clients and an empty cache folder: every pass is remembered (not the goal)
//   2. changed     one operation of the sample gets a header it did not have; verify again with
//                  the same cache folder: the changed endpoint runs, the others are remembered.
//                  This is the goal's run: under 30 s
//   3. one endpoint, every client   to see the cost of the changed endpoint with all the clients:
//                  verify the one operation before the change with every client (setting up what
//                  each toolchain builds once: not timed), then the changed operation (timed)
// Options: --sample N (default 1000), --clients a,b (default below), --every-client no (leave 3
// out), --build DIR (measure another build; default: a private build of the working tree), --jobs N.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { binOf, buildSnapshot, githubSample } from './fixtures.mjs';
import { childCpuMs, log, parseArgs, sec } from './common.mjs';

const args = parseArgs(process.argv.slice(2));
const SAMPLE = Number(args.sample ?? 1000);
// One client of each of five languages whose first run over 1,000 endpoints takes minutes, not hours.
const CLIENTS = (args.clients ?? 'shell/curl,python/requests,ruby/net-http,php/curl,javascript/fetch').split(',');
const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');

const work = mkdtempSync(join(tmpdir(), 'snipgen-bench-verify-changed-'));
try {
  const build = args.build ?? buildSnapshot(join(work, 'snapshot'));
  const bin = binOf(build);
  const { file, endpoints } = await githubSample(join(build, 'dist', 'src'), SAMPLE);
  log(`machine: ${cpus()[0]?.model} x${cpus().length}, node ${process.version}, load average ${load()}`);
  log(`input: ${endpoints} operations of GitHub's REST API (@octokit/openapi), as ${file}; clients: ${CLIENTS.join(', ')}`);

  const har = JSON.parse(readFileSync(file, 'utf8'));
  const middle = Math.floor(har.log.entries.length / 2);
  const before = join(work, 'api.har');
  const after = join(work, 'api-changed.har');
  writeFileSync(before, JSON.stringify(har));
  const changedEntry = structuredClone(har.log.entries[middle]);
  changedEntry.request.headers = [...(changedEntry.request.headers ?? []), { name: 'X-Changed', value: 'one endpoint changed' }];
  har.log.entries[middle] = changedEntry;
  writeFileSync(after, JSON.stringify(har));
  log(`changed: entry ${middle + 1}, ${changedEntry.request.method} ${changedEntry.request.url} (a header added)\n`);

  const cache = join(work, 'cache');
  const first = verify(bin, CLIENTS, before, cache, 'first run, empty cache folder');
  const changed = verify(bin, CLIENTS, after, cache, 'after one endpoint changed, same cache folder');

  const one = (entry) => {
    const path = join(work, `one-${entry === changedEntry ? 'changed' : 'before'}.har`);
    writeFileSync(path, JSON.stringify({ log: { ...har.log, entries: [entry] } }));
    return path;
  };
  let oneAll;
  if (args['every-client'] !== 'no') {
    const allCache = join(work, 'cache-all');
    verify(bin, undefined, one(JSON.parse(readFileSync(before, 'utf8')).log.entries[middle]), allCache, 'one endpoint, every client: setting up (not timed)');
    oneAll = verify(bin, undefined, one(changedEntry), allCache, 'the changed endpoint, every client, same cache folder');
  }

  log('');
  log(`| run | snippets | remembered | ran | wall | CPU |`);
  log(`|---|---:|---:|---:|---:|---:|`);
  for (const r of [first, changed, oneAll].filter(Boolean)) log(`| ${r.label} | ${r.snippets} | ${r.remembered} | ${r.snippets - r.remembered} | ${sec(r.wallMs)} | ${sec(r.cpuMs)} |`);
  log(`\nGoal: after one endpoint of a 1,000-endpoint API changes, verify finishes in under 30 s: ${sec(changed.wallMs)} with ${CLIENTS.length} clients, ${changed.wallMs < 30_000 ? 'met' : 'not met'}.`);
  log(`load average after: ${load()}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

/** One `snipgen verify`, runnable style; `clients` undefined: every client. */
function verify(bin, clients, har, cache, label) {
  const argv = [bin, 'verify', '--style', 'runnable', ...(clients ? ['--clients', clients.join(',')] : []), '--cache-dir', cache, ...(args.jobs ? ['--jobs', args.jobs] : []), har];
  const cpu = childCpuMs();
  const start = process.hrtime.bigint();
  const child = spawnSync(process.execPath, argv, { cwd: work, encoding: 'utf8', maxBuffer: 1 << 28 });
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const summary = /^verify: (\d+) passed(?: \((\d+) remembered[^)]*\))?, (\d+) failed, (\d+) skipped/m.exec(child.stdout);
  if (!summary) throw new Error(`snipgen verify (${label}) exited with ${child.status ?? child.signal}:\n${child.stderr}${child.stdout.slice(-4000)}`);
  const [, , remembered = '0', failed] = summary;
  const snippets = /^(\d+) snippets in/m.exec(child.stdout)?.[1];
  const result = { label, wallMs, cpuMs: childCpuMs() - cpu, snippets: Number(snippets ?? 0), remembered: Number(remembered) };
  log(`${label}: ${sec(wallMs)}, ${summary[0].replace(/ \(.*?\)/, '')} (${remembered} remembered); load ${load()}`);
  if (Number(failed)) log(`  ${child.stdout.split('\n').filter((l) => l.startsWith('FAIL ')).slice(0, 3).join('\n  ')}`);
  return result;
}
