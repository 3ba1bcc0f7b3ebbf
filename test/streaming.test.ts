import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generate, generateLazily } from '../src/generate.js';
import { FORMATS } from '../src/output/formats/index.js';
import { contentOf, MANIFEST } from '../src/output/plan.js';
import { Spool } from '../src/output/spool.js';
import { openEndpoints } from '../src/spec/load.js';
import { manifestFiles, stageOutput } from '../src/output/write.js';
import { runCli, treeHash } from './cli-support.js';
import { ROOT, SHAPES } from './support.js';

// gen and check render, write and compare one file at a time; what they produce must be what
// generate() returns in memory, and a failure half way must leave the output as it was.
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-stream-'));
  cpSync(SHAPES, join(work, 'shapes'), { recursive: true });
});

describe('gen writing as it renders', () => {
  it('writes exactly the files generate() returns, in every format', async () => {
    const clients = ['python/requests', 'go/net-http'];
    writeFileSync(join(work, 'snipgen.config.yaml'), `inputs: [shapes]\nout: out\nclients: [${clients.join(', ')}]\nformats: [${FORMATS.join(', ')}]\n`);
    const result = await runCli(['gen'], { cwd: work });
    expect({ exitCode: result.exitCode, stderr: result.stderr }).toEqual({
      exitCode: 0,
      // The specs become openapi/endpoints.openapi.json; what OpenAPI cannot hold is told.
      stderr: [
        'shapes/auth-api-key-header.yaml:1:1: warning: format openapi: endpoint auth-api-key-header (GET /v1/widgets) is left out of openapi/endpoints.openapi.json: another endpoint has the same method and path',
        'shapes/auth-api-key-query.yaml:1:1: warning: format openapi: endpoint auth-api-key-query (GET /v1/widgets) is left out of openapi/endpoints.openapi.json: another endpoint has the same method and path',
        'shapes/hostile-multipart.yaml:2:1: warning: format openapi: endpoint hostile-multipart (POST /v1/forms) is left out of openapi/endpoints.openapi.json: another endpoint has the same method and path',
        'shapes/method-custom.yaml:1:1: warning: format openapi: endpoint method-custom (PURGE /cache/images/logo.png) is left out of openapi/endpoints.openapi.json: OpenAPI has no operation for this method',
        '',
      ].join('\n'),
    });
    expect(readFileSync(join(work, 'out', 'openapi', 'endpoints.openapi.json'), 'utf8')).toContain('"x-codeSamples"');
    const expected = generate({ inputs: [join(work, 'shapes')], clients, formats: [...FORMATS] }).files;
    for (const file of expected) expect(readFileSync(join(work, 'out', file.path), 'utf8'), file.path).toBe(file.content);
    rmSync(join(work, '.snipgen-cache'), { recursive: true });
    expect((await runCli(['check'], { cwd: work })).exitCode).toBe(0);
  });

  it('a shape a client refuses half way leaves a new folder absent and an existing one as it was', async () => {
    // java/httpclient refuses the non-ASCII header of hostile.yaml, after the fixtures before it rendered.
    const args = ['gen', '--clients', 'python/requests,java/httpclient', 'shapes'];
    const fresh = await runCli([...args, '--out', 'fresh'], { cwd: work });
    expect(fresh.exitCode).toBe(2);
    expect(fresh.stderr).toContain('java/httpclient cannot send the non-ASCII value');
    expect(existsSync(join(work, 'fresh'))).toBe(false);

    expect((await runCli(['gen', '--clients', 'python/requests', '--out', 'kept', 'shapes'], { cwd: work })).exitCode).toBe(0);
    const before = treeHash(join(work, 'kept'));
    expect((await runCli([...args, '--out', 'kept'], { cwd: work })).exitCode).toBe(2);
    expect(treeHash(join(work, 'kept'))).toBe(before);
  });
});

it('generate() still holds everything in memory for library callers', () => {
  const { files } = generate({ inputs: [join(ROOT, 'specs')], clients: ['python/requests'] });
  expect(files.map((f) => f.path)).toEqual(['create-key/python-requests.py', 'create-key.md', 'manifest.json']);
});

describe('an API too large to hold', () => {
  const clients = ['python/requests', 'shell/curl'];

  it('goes through a temporary file (or, from OpenAPI, a second import) with the same output as generate()', () => {
    cpSync(join(ROOT, 'test', 'fixtures', 'openapi'), join(work, 'openapi'), { recursive: true });
    cpSync(join(ROOT, 'test', 'fixtures', 'har'), join(work, 'har'), { recursive: true });
    for (const input of ['shapes', 'openapi/petstore.yaml', 'har/browser.har']) {
      const options = { inputs: [join(work, input)], clients, formats: ['markdown', 'mdx-mintlify'] };
      const lazy = generateLazily(options, { keep: 0 });
      const files = [];
      for (const file of lazy.files) files.push({ path: file.path, content: contentOf(file) });
      expect(files, input).toEqual(generate(options).files);
      expect([...lazy.endpoints].map((e) => e.endpoint)).toEqual(generate(options).endpoints);
    }
  });

  it('renders the specs as checked, even when one changes in between', () => {
    const expected = generate({ inputs: [join(work, 'shapes')], clients }).files;
    const lazy = generateLazily({ inputs: [join(work, 'shapes')], clients }, { keep: 0 });
    rmSync(join(work, 'shapes', 'hostile.yaml'));
    const files = [];
    for (const file of lazy.files) files.push({ path: file.path, content: contentOf(file) });
    expect(files).toEqual(expected);
  });

  it('refuses an OpenAPI input that changed before its second import, leaving the output as it was', () => {
    cpSync(join(ROOT, 'test', 'fixtures', 'openapi'), join(work, 'openapi'), { recursive: true });
    const input = join(work, 'openapi', 'petstore.yaml');
    const out = join(work, 'out');
    const before = stageOutput(out, generate({ inputs: [input], clients }).files).commit();
    expect(before.written).toBeGreaterThan(0);
    const tree = treeHash(out);
    const lazy = generateLazily({ inputs: [input], clients }, { keep: 0 });
    writeFileSync(input, readFileSync(input, 'utf8') + '\n');
    expect(() => stageOutput(out, lazy.files)).toThrow(/petstore\.yaml changed while snipgen was reading it/);
    expect(treeHash(out)).toBe(tree);
  });

  it('removes the files an earlier run listed and this one no longer produces, only those', () => {
    const out = join(work, 'out');
    const both = ['python/requests', 'shell/curl'];
    expect(stageOutput(out, generateLazily({ inputs: [join(work, 'shapes')], clients: both }, { keep: 0 }).files).commit().removed).toBe(0);
    const again = stageOutput(out, generateLazily({ inputs: [join(work, 'shapes')], clients: both }, { keep: 0 }).files).commit();
    expect(again).toMatchObject({ written: 0, removed: 0 });
    const python = generate({ inputs: [join(work, 'shapes')], clients: ['python/requests'] });
    const report = stageOutput(out, generateLazily({ inputs: [join(work, 'shapes')], clients: ['python/requests'] }, { keep: 0 }).files).commit();
    expect(report.removed).toBe(python.endpoints.length);
    expect(treeHash(out)).toBe(treeHash(writeAll(join(work, 'expected'), python.files)));
  });

  it('gets a manifest byte for byte as JSON.stringify writes it, and reads a large one back a line at a time', () => {
    const { files } = generate({ inputs: [join(work, 'shapes')], clients, formats: [...FORMATS] });
    const text = files.find((f) => f.path === MANIFEST)!.content;
    const manifest = JSON.parse(text);
    expect(manifest.outputs.length).toBeGreaterThan(0);
    expect(text).toBe(JSON.stringify(manifest, null, 2) + '\n');
    const listed = [...manifest.snippets, ...manifest.pages, ...manifest.outputs].map((e: { file: string }) => e.file);
    const out = join(work, 'manifest');
    rmSync(out, { recursive: true, force: true });
    cpSync(join(work, 'shapes'), out, { recursive: true });
    writeFileSync(join(out, MANIFEST), text);
    expect([...manifestFiles(out, 0)]).toEqual(listed);
    // Any other JSON still counts; a damaged manifest lists nothing, as before.
    writeFileSync(join(out, MANIFEST), JSON.stringify(manifest));
    expect([...manifestFiles(out, 0)]).toEqual(listed);
    writeFileSync(join(out, MANIFEST), text.slice(0, text.length / 2));
    expect([...manifestFiles(out, 0)]).toEqual([]);
    writeFileSync(join(out, MANIFEST), text.replace('},\n', '}\n'));
    expect([...manifestFiles(out, 0)]).toEqual([]);
  });

  it('finds every duplicate id among thousands, with the first site of each', () => {
    const lines: string[] = [];
    const ids = Array.from({ length: 6000 }, (_, i) => (i % 1000 === 999 ? `e-${i - 500}` : `e-${i}`));
    for (const id of ids) lines.push(`- id: ${id}`, '  method: GET', '  baseUrl: https://api.example.com', '  path: /a', '');
    mkdirSync(join(work, 'many'));
    writeFileSync(join(work, 'many', 'many.yaml'), lines.join('\n'));
    let messages: string[] = [];
    try {
      openEndpoints([join(work, 'many')], work, {}, { style: 'runnable' });
    } catch (e) {
      messages = (e as { errors: Array<{ message: string; loc?: { line: number } }> }).errors.map((x) => `${x.loc?.line}: ${x.message}`);
    }
    const expected = ids.flatMap((id, i) => (i % 1000 === 999 ? [`${5 * i + 1}: duplicate endpoint id "${id}" (first defined at many/many.yaml:${5 * (i - 500) + 1}:7)`] : []));
    expect(messages).toEqual(expected);
  });

  it('spools text past its memory to a file and reads it back whole, characters intact', () => {
    const spool = new Spool(10);
    const entries = Array.from({ length: 20_000 }, (_, i) => `entrée-${i}-${'€'.repeat(i % 7)}-😀`);
    for (const entry of entries) spool.append(`${entry}\0`);
    expect([...spool.entries()]).toEqual(entries);
    expect([...spool.chunks()].join('')).toBe(entries.map((e) => `${e}\0`).join(''));
    spool.dispose();
    expect([...spool.entries()]).toEqual([]);
  });
});

function writeAll(dir: string, files: ReadonlyArray<{ path: string; content: string }>): string {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return dir;
}
