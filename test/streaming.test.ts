import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { generate } from '../src/generate.js';
import { FORMATS } from '../src/output/formats/index.js';
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
      stderr: 'warning: format openapi: no input is an OpenAPI document, so there is nothing to add x-codeSamples to\n',
    });
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
