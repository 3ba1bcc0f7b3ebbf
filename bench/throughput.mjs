// One side of benchmark (a), in its own process: `node throughput.mjs <snipgen|httpsnippet> <har> <passes> <dist>`.
// Renders every HAR request with the eight clients `passes` times and prints one JSON line:
// the first pass (template compilation and JIT warm-up included), the later passes, peak memory.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { CLIENTS } from './fixtures.mjs';

const [tool, harFile, passesArg, dist] = process.argv.slice(2);
const passes = Number(passesArg);
const text = readFileSync(harFile, 'utf8');
const har = JSON.parse(text);

/** Returns a function that renders one pass over `har` and returns [snippets, characters]. */
async function setUp() {
  if (tool === 'httpsnippet') {
    const { HTTPSnippet } = createRequire(import.meta.url)('httpsnippet');
    return (input) => {
      const snippet = new HTTPSnippet(input);
      let count = 0;
      let chars = 0;
      for (const { target, client } of CLIENTS) {
        for (const code of snippet.convert(target, client)) {
          count++;
          chars += code.length;
        }
      }
      return [count, chars];
    };
  }
  const { importHar } = await import(join(dist, 'input', 'har.js'));
  const { JsonSource } = await import(join(dist, 'input', 'json-source.js'));
  const { buildEndpoints } = await import(join(dist, 'spec', 'load.js'));
  const { Renderer } = await import(join(dist, 'render', 'index.js'));
  const { findClients } = await import(join(dist, 'clients', 'index.js'));
  let clients;
  let renderer;
  return (input) => {
    // Compiling the templates is part of the first pass, as loading its targets is httpsnippet's.
    clients ??= findClients(CLIENTS.map((c) => c.snipgen));
    renderer ??= new Renderer(clients, ['runnable']);
    const errors = [];
    const source = new JsonSource(harFile, text, 4);
    const imported = importHar({ file: harFile, shown: harFile, text, errors, overrides: undefined }, source, input);
    const entries = imported.map((item) => ({ raw: item.raw, path: [], at: { file: harFile, locate: () => source.locate(item.pointer) } }));
    const endpoints = buildEndpoints(entries, { style: 'runnable' }, errors);
    let count = 0;
    let chars = 0;
    for (const endpoint of endpoints) {
      for (const client of clients) {
        count++;
        chars += renderer.render(client, endpoint).length;
      }
    }
    return [count, chars];
  };
}

const pass = await setUp();
const results = [];
for (let i = 0; i < passes; i++) {
  // Each pass gets its own copy (httpsnippet rewrites parts of the requests it prepares); copying is not timed.
  const input = structuredClone(har);
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  const [snippets, chars] = pass(input);
  const wallMs = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  results.push({ wallMs, cpuMs: (used.user + used.system) / 1000, snippets, chars });
}
process.stdout.write(JSON.stringify({ tool, passes: results, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
