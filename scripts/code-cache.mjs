// Part of `npm run build`, last: makes V8's code cache of the files a run starts from (the CLI
// bundle, the prebuilt clients, the schema validators; src/code-cache.ts says why, and how a
// cache never runs for another source). The cache is taken after a sample run, so it holds the
// functions a run calls, not only the top level: gen, every client, default style, of the most
// common shapes (a JSON body with a bearer token; a query with an API key header).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
const { CODE_CACHE_FOLDER, requireWithCodeCache, writeCodeCaches } = await import(join(ROOT, 'dist', 'src', 'code-cache.js'));

const SAMPLE = `- id: create-item
  method: POST
  baseUrl: https://api.example.com/v1
  path: /items
  auth: { type: bearer, token: <token>, env: EXAMPLE_TOKEN }
  body:
    json: { name: An item, count: 2, tags: [a, b], active: true }
- id: list-items
  method: GET
  baseUrl: https://api.example.com/v1
  path: /items
  query: { limit: 10, q: some text }
  headers: { X-Api-Key: <key> }
`;

rmSync(join(ROOT, CODE_CACHE_FOLDER), { recursive: true, force: true });
const { main } = requireWithCodeCache(join(ROOT, 'dist', 'cli', 'snipgen.cjs'));
const work = mkdtempSync(join(tmpdir(), 'snipgen-code-cache-'));
try {
  writeFileSync(join(work, 'sample.yaml'), SAMPLE);
  const status = await main(['gen', '--out', join(work, 'out'), join(work, 'sample.yaml')], { out: () => {}, err: (text) => process.stderr.write(text) });
  if (status !== 0) throw new Error(`the sample run for the code cache exited with ${status}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
writeCodeCaches();
