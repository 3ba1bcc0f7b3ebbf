import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS, findClients } from '../../src/clients/index.js';
import { chooseIds } from '../../src/select.js';
import { loadSpecs } from '../../src/input/load.js';
import { unavailable, verify, type SnippetResult } from '../../src/verify/run.js';

import { runCli } from '../cli-support.js';
import { ROOT } from '../support.js';

// Vendors' OpenAPI documents exactly as published on npm (pinned devDependencies): each has
// violations of the specification that change no request, which peers accept.
const packageFile = (pkg: string, file: string) => relative(ROOT, join(dirname(createRequire(import.meta.url).resolve(`${pkg}/package.json`)), file));
const DOCUMENTS = [
  // A component named "rate estimate": a name with a space.
  { name: 'ShipEngine (shipengine-openapi 1.4.0)', file: packageFile('shipengine-openapi', 'openapi.json'), problems: 1 },
  // `type: "null"` in OpenAPI 3.0, in six schemas; YAML integers in minimum/maximum (no false "must be number").
  { name: 'Blockfrost (@blockfrost/openapi 0.1.93)', file: packageFile('@blockfrost/openapi', 'openapi.yaml'), problems: 6 },
];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const VERIFIED = ['python/requests', 'javascript/fetch', 'shell/curl', 'go/net-http', 'php/guzzle'];
const SAMPLE = { sample: 30, seed: '1' };

function operations(file: string): number {
  const doc = parse(readFileSync(join(ROOT, file), 'utf8')) as { paths: Record<string, Record<string, unknown>> };
  return Object.values(doc.paths).reduce((n, item) => n + Object.keys(item).filter((k) => METHODS.includes(k)).length, 0);
}

describe.each(DOCUMENTS)('$name', ({ file, problems }) => {
  it('gen: exit 0, every operation written, the violations told as located warnings (JSON form)', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-published-')), 'out');
    const result = await runCli(['gen', '--out', out, '--warnings', 'json', file]);
    expect(result.exitCode, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as { count: number; warnings: Array<{ file: string; line: number; col: number; pointer: string | null; message: string }> };
    const invalid = report.warnings.filter((w) => w.message.startsWith('invalid OpenAPI:'));
    expect(invalid).toHaveLength(problems);
    for (const w of invalid) {
      expect(w.file).toBe(file);
      expect(w.line).toBeGreaterThan(1);
      expect(w.pointer).toMatch(/^#\/components\//);
    }
    expect(report.warnings.filter((w) => w.message.startsWith('skipped'))).toEqual([]);
    expect(result.stderr).toMatch(new RegExp(`^snipgen: ${operations(file)} endpoints x ${CLIENTS.length} clients .*, ${report.count} warnings?\\n$`));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { snippets: unknown[] };
    // A snippet a client cannot write (a browser cannot read an upload from disk) is left out, told as a warning.
    const leftOut = report.warnings.filter((w) => w.message.startsWith('left out:'));
    expect(manifest.snippets).toHaveLength(operations(file) * CLIENTS.length - leftOut.length);
    for (const w of leftOut) expect(w.message).toMatch(/^left out: (javascript\/xhr|javascript\/jquery|http\/1\.1)/);
  }, 120_000);

  it('--strict refuses it as before, every problem listed at its place in one run', async () => {
    const result = await runCli(['gen', '--strict', '--out', join(mkdtempSync(join(tmpdir(), 'snipgen-published-')), 'out'), file]);
    expect(result.exitCode).toBe(2);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(`snipgen: ${problems} problem${problems === 1 ? '' : 's'} found; nothing was written`);
    expect(lines.slice(0, -1).every((l) => l.startsWith(`${file}:`) && / \(at #\/components\/[^)]*\)$/.test(l))).toBe(true);
    expect(result.stderr).not.toMatch(/must be (number|integer)/);
  }, 120_000);
});

/** Why a client cannot be verified here, or null. */
const missing = new Map<string, string | null>();
for (const client of findClients(VERIFIED)) missing.set(client.id, await unavailable(client));

let results: SnippetResult[] = [];
let chosen: string[] = [];
beforeAll(async () => {
  const available = VERIFIED.filter((id) => !missing.get(id));
  // The same 30 operations of each document on every machine, verified in one run (one batch build per language).
  chosen = DOCUMENTS.flatMap(({ file }) => [...chooseIds(loadSpecs([join(ROOT, file)], ROOT).map((e) => e.raw.id), SAMPLE)]);
  if (available.length === 0) return;
  const cacheDir = join(ROOT, '.snipgen-cache', 'published-test');
  results = (await verify({ inputs: DOCUMENTS.map((d) => join(ROOT, d.file)), clients: available, styles: ['runnable'], cacheDir, noCache: true, select: { only: chosen } })).results;
}, 1_200_000);

describe(`a seeded sample of ${SAMPLE.sample} operations of each document, verified with the real toolchains`, () => {
  it('the sample is 30 of each, the same for the same seed', () => {
    expect(chosen).toHaveLength(2 * SAMPLE.sample);
    expect(new Set(chosen).size).toBe(chosen.length);
  });

  for (const id of VERIFIED) {
    const reason = missing.get(id);
    it.skipIf(reason)(`${id}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      const mine = results.filter((r) => r.client === id);
      const bad = mine.filter((r) => r.status !== 'passed').map((r) => [`${r.endpoint}: ${r.status} ${r.reason}`, ...r.detail].join('\n'));
      expect(bad).toEqual([]);
      expect(mine.map((r) => r.endpoint).sort()).toEqual([...chosen].sort());
    });
  }
});
