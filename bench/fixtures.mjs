// What the benchmarks share: a private build of the working tree, GitHub's REST description as a
// HAR file, and synthetic specs.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const DIST = join(ROOT, 'dist', 'src');
export const CREATE_KEY = join(ROOT, 'specs', 'openrouter', 'create-key.yaml');

/** The reference page's eight clients in snipgen, and httpsnippet's target for each. */
export const CLIENTS = [
  { snipgen: 'python/requests', target: 'python', client: 'requests' },
  { snipgen: 'javascript/fetch', target: 'javascript', client: 'fetch' },
  { snipgen: 'go/net-http', target: 'go', client: 'native' },
  { snipgen: 'ruby/net-http', target: 'ruby', client: 'native' },
  { snipgen: 'java/unirest', target: 'java', client: 'unirest' },
  { snipgen: 'php/guzzle', target: 'php', client: 'guzzle' },
  { snipgen: 'csharp/restsharp', target: 'csharp', client: 'restsharp' },
  { snipgen: 'swift/urlsession', target: 'swift', client: 'nsurlsession' },
];

/** A build's CLI start: bin/snipgen.cjs, or bin/snipgen.js in builds before it became CommonJS. */
export function binOf(build) {
  const bin = join(build, 'bin', 'snipgen.cjs');
  return existsSync(bin) ? bin : join(build, 'bin', 'snipgen.js');
}

/**
 * The working tree built into a private folder (as `npm run build` does: tsc, the prebuilt clients, the CLI bundle, the
 * grammars, the code cache), so a build someone else starts in the shared tree cannot change the code under
 * measurement.
 */
export function buildSnapshot(dir) {
  mkdirSync(dir, { recursive: true });
  const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(ROOT, 'tsconfig.json'), '--outDir', join(dir, 'dist')], { encoding: 'utf8' });
  if (!existsSync(join(dir, 'dist', 'src', 'cli.js'))) throw new Error(`tsc produced no build:\n${tsc.stdout}${tsc.stderr}`);
  if (tsc.status !== 0) console.log(`warning: tsc reported type errors (measuring the emitted build anyway):\n${tsc.stdout.trim()}`);
  for (const name of ['package.json', 'bin', 'clients', 'schema', 'scripts']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const script of ['prebuild.mjs', 'bundle.mjs', 'grammars.mjs', 'code-cache.mjs']) {
    const step = spawnSync(process.execPath, [join(dir, 'scripts', script)], { encoding: 'utf8' });
    if (step.status !== 0) throw new Error(`${script} failed:\n${step.stderr}`);
  }
  return dir;
}

const require = createRequire(import.meta.url);
const GITHUB = require.resolve('@octokit/openapi/generated/api.github.com.json');

/**
 * GitHub's REST description as a HAR 1.2 file, one entry per operation: read by snipgen's
 * OpenAPI importer (reference style, so every value is the literal a request sends), then each
 * endpoint written as the HAR request it describes. Importing the 13 MB description takes most
 * of a minute, so the HAR is cached under the system temp folder, keyed by the description and
 * the compiled importer that produced it (`dist`: a build's dist/src, by default the working tree's).
 */
export async function githubHar(dist = DIST) {
  const key = createHash('sha256').update(readFileSync(GITHUB));
  for (const dir of ['input', 'spec', '.']) {
    for (const name of readdirSync(join(dist, dir)).sort()) if (name.endsWith('.js')) key.update(readFileSync(join(dist, dir, name)));
  }
  const cache = join(tmpdir(), 'snipgen-bench-cache', `github-${key.digest('hex').slice(0, 16)}.har`);
  if (existsSync(cache)) return cache;
  const endpoints = await referenceEndpoints(dist, GITHUB);
  const har = { log: { version: '1.2', creator: { name: 'snipgen bench', version: '1' }, entries: endpoints.map((e) => ({ request: harRequest(e) })) } };
  mkdirSync(dirname(cache), { recursive: true });
  writeFileSync(cache, JSON.stringify(har));
  return cache;
}

/**
 * `count` operations of GitHub's REST description, every k-th by method and URL, as one HAR file
 * cached beside the whole one; and `setup`, a HAR of one operation outside the sample.
 */
export async function githubSample(dist, count) {
  const whole = await githubHar(dist);
  const file = whole.replace(/\.har$/, `-sample${count}.har`);
  const setup = whole.replace(/\.har$/, `-sample${count}-setup.har`);
  const har = JSON.parse(readFileSync(whole, 'utf8'));
  const of = har.log.entries.length;
  if (existsSync(file) && existsSync(setup)) return { file, setup, endpoints: JSON.parse(readFileSync(file, 'utf8')).log.entries.length, of };
  const key = (e) => `${e.request.method} ${e.request.url}`;
  const sorted = [...har.log.entries].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  const n = Math.min(count, sorted.length);
  const entries = Array.from({ length: n }, (_, i) => sorted[Math.floor((i * sorted.length) / n)]);
  writeFileSync(file, JSON.stringify({ log: { ...har.log, entries } }));
  const outside = sorted.find((e) => !entries.includes(e));
  writeFileSync(setup, JSON.stringify({ log: { ...har.log, entries: outside ? [outside] : [] } }));
  return { file, setup, endpoints: n, of };
}

/** The HAR request a reference-style endpoint sends (its values are all literals). */
export function harRequest(endpoint) {
  const pairs = (params) => params.map((p) => ({ name: p.name, value: p.value.text }));
  const request = {
    method: endpoint.method,
    url: endpoint.url.text,
    httpVersion: 'HTTP/1.1',
    queryString: pairs(endpoint.query),
    headers: pairs(endpoint.headers),
    cookies: pairs(endpoint.cookies),
    headersSize: -1,
    bodySize: -1,
  };
  const body = endpoint.body;
  if (body?.kind === 'json') request.postData = { mimeType: body.contentType, text: body.compact };
  else if (body?.kind === 'form') request.postData = { mimeType: body.contentType, text: body.encoded, params: body.fields };
  else if (body?.kind === 'text') request.postData = { mimeType: body.contentType, text: body.text };
  else if (body?.kind === 'multipart') {
    const params = body.parts.map((p) => (p.kind === 'field' ? { name: p.name, value: p.value } : { name: p.name, fileName: p.filename, contentType: p.contentType }));
    request.postData = { mimeType: 'multipart/form-data', params };
  } else if (body?.kind === 'file') {
    // A HAR holds no file path: the upload is sent as the (empty) captured text.
    request.postData = { mimeType: body.contentType, text: '' };
  }
  return request;
}

/** The create-key spec as one HAR request, for httpsnippet's side of the cold start. */
export async function createKeyHar(dist) {
  const [endpoint] = await referenceEndpoints(dist, CREATE_KEY);
  return harRequest(endpoint);
}

/** An input's endpoints in the reference style (every value a literal), loaded as `gen` loads them. */
async function referenceEndpoints(dist, input) {
  const { loadRun, resolveRunOptions } = await import(join(dist, 'pipeline.js'));
  return loadRun(resolveRunOptions([input], { style: 'reference', clients: ['shell/curl'] })).endpoints.map((e) => e.endpoint);
}

/**
 * `count` endpoints in YAML spec files of 100 endpoints each, cycling through request shapes
 * (query and path parameters, JSON, form and text bodies, bearer/basic/API-key auth, headers and
 * cookies) so every template branch is exercised as the API grows.
 */
export function writeSyntheticSpecs(dir, count) {
  mkdirSync(dir, { recursive: true });
  const perFile = 100;
  for (let file = 0; file * perFile < count; file++) {
    const lines = [];
    for (let i = file * perFile; i < Math.min(count, (file + 1) * perFile); i++) lines.push(...syntheticEndpoint(i));
    writeFileSync(join(dir, `api-${String(file).padStart(5, '0')}.yaml`), lines.join('\n') + '\n');
  }
}

function syntheticEndpoint(i) {
  const resource = ['users', 'orders', 'invoices', 'projects', 'webhooks', 'teams', 'reports'][i % 7];
  const head = [`- id: ${resource}-op-${i}`, `  title: Operation ${i} on ${resource}`, `  description: Synthetic endpoint ${i} for the scale benchmark.`, '  baseUrl: https://api.example.com/v2'];
  switch (i % 5) {
    case 0:
      return [...head, '  method: GET', `  path: /${resource}`, '  query:', '    - { name: page, value: 2 }', '    - { name: per_page, value: 50 }', `    - { name: filter, value: "status:open id>${i}" }`, '  auth: { type: bearer, env: API_TOKEN }'];
    case 1:
      return [
        ...head,
        '  method: POST',
        `  path: /${resource}`,
        '  auth: { type: apiKey, in: header, name: X-Api-Key }',
        '  headers: { X-Request-Id: "req-' + i + '", Accept: application/json }',
        '  body:',
        '    json:',
        `      name: "Item ${i}"`,
        '      tags: [alpha, beta, "quote\\"d"]',
        `      limits: { daily: ${i}, monthly: 1234567890123456789 }`,
        '      enabled: true',
        '      ratio: 0.25',
      ];
    case 2:
      return [...head, '  method: PUT', `  path: /${resource}/{id}`, `  pathParams: { id: "${i}" }`, '  auth: { type: basic, username: demo, password: "s3cret" }', '  body:', '    form:', '      - { name: a, value: "x&y=z" }', '      - { name: a, value: second }', '      - { name: note, value: "line one" }'];
    case 3:
      return [...head, '  method: PATCH', `  path: /${resource}/{id}/notes`, `  pathParams: { id: "n ${i}/x" }`, '  cookies: { session: abc123, theme: dark }', '  body:', '    text: "plain text body ${not_a_template}"', '    contentType: text/plain; charset=utf-8'];
    default:
      return [...head, '  method: DELETE', `  path: /${resource}/{id}`, `  pathParams: { id: ${i} }`, '  auth: { type: apiKey, in: query, name: api_key }', '  headers:', '    - { name: X-Trace, value: one }', '    - { name: X-Trace, value: two }'];
  }
}
