// `node bench/verify.mjs`: how long `snipgen verify` takes over the whole fixture corpus
// (test/fixtures/shapes + specs, every client, both styles), per language and all together,
// cold (empty build caches) and warm (the caches of the cold run). Needs `npm run build` first.
//   --only python,go,...  languages to time alone (default: every language with a client)
//   --skip-languages      time only the full run
// Wall clock and CPU (user + system of every program verify started): on a shared machine the
// CPU figure is the steadier one, and the load average is printed beside them.
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLIENTS } from '../dist/src/clients/index.js';
import { verify } from '../dist/src/verify/run.js';
import { finalLine } from '../dist/src/verify/report.js';
import { childCpuMs } from './common.mjs';

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1].split(',') : undefined;
const inputs = ['test/fixtures/shapes', 'specs'];
const styles = ['runnable', 'reference'];
const languages = [...new Set(CLIENTS.map((c) => c.language))].filter((l) => !only || only.includes(l));

const load = () => loadavg().map((n) => n.toFixed(1)).join(' ');
console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), node ${process.version}, load ${load()}`);
console.log('');
console.log('| run | snippets | cold: wall | cold: CPU | warm: wall | warm: CPU | result (warm) |');
console.log('|-----|---------:|-----------:|----------:|-----------:|----------:|---------------|');

async function measure(run) {
  const cpu = childCpuMs();
  const report = await run();
  return { report, cpu: (childCpuMs() - cpu) / 1000 };
}

async function time(label, clients) {
  const cache = mkdtempSync(join(tmpdir(), 'snipgen-bench-verify-'));
  try {
    const cold = await measure(() => verify({ inputs, clients, styles, cacheDir: cache }));
    const warm = await measure(() => verify({ inputs, clients, styles, cacheDir: cache }));
    const s = (seconds) => `${seconds.toFixed(1)} s`;
    console.log(
      `| ${label} | ${warm.report.results.length} | ${s(cold.report.ms / 1000)} | ${s(cold.cpu)} | ${s(warm.report.ms / 1000)} | ${s(warm.cpu)} | ${finalLine(warm.report.results).replace('verify: ', '')} |`,
    );
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

if (!args.includes('--skip-languages')) {
  for (const language of languages) await time(language, CLIENTS.filter((c) => c.language === language).map((c) => c.id));
}
await time('all languages together', undefined);
console.log('');
console.log(`load after: ${load()}`);
