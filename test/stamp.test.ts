import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';
import { ROOT } from './support.js';

// `check` answers from the stamp `gen` leaves only while nothing it covers changed; every change
// below must give the answer a full generation gives.
const PY = ['--clients', 'python/requests'];
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-stamp-'));
  cpSync(join(ROOT, 'specs'), join(work, 'specs'), { recursive: true });
  mkdirSync(join(work, 'specs', 'files'));
  writeFileSync(join(work, 'specs', 'files', 'notes.txt'), 'notes\n');
  writeFileSync(
    join(work, 'specs', 'upload.yaml'),
    ['id: upload', 'method: POST', 'baseUrl: https://api.example.com', 'path: /upload', 'body:', '  multipart:', '    - { name: file, file: files/notes.txt }', ''].join('\n'),
  );
});

const check = (args: string[] = PY) => runCli(['check', ...args], { cwd: work });

describe('check after gen', () => {
  it('answers from the stamp gen left under .snipgen-cache', async () => {
    expect((await runCli(['gen', ...PY], { cwd: work })).exitCode).toBe(0);
    expect(readdirSync(join(work, '.snipgen-cache', 'check'))).toHaveLength(1);
    expect(await check()).toEqual({ exitCode: 0, stdout: 'snipgen check: 5 files up to date\n', stderr: '' });
    expect(await check([...PY, '--format', 'json'])).toMatchObject({ exitCode: 0, stdout: JSON.stringify({ clean: true, stale: [], missing: [], orphaned: [], fix: null }, null, 2) + '\n' });
  });

  it('finds an output file edited, shortened or removed since', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    const snippet = join(work, 'generated', 'upload', 'python-requests.py');
    const original = readFileSync(snippet, 'utf8');
    writeFileSync(snippet, original + '# edited\n');
    expect((await check()).stdout).toContain('  stale     generated/upload/python-requests.py\n');
    writeFileSync(snippet, original.slice(0, -1));
    expect((await check()).stdout).toContain('  stale     generated/upload/python-requests.py\n');
    rmSync(snippet);
    expect((await check()).stdout).toContain('  missing   generated/upload/python-requests.py\n');
  });

  it('generates again when an upload the spec names is gone', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    rmSync(join(work, 'specs', 'files', 'notes.txt'));
    const result = await check();
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('file "files/notes.txt" not found');
  });

  it('generates again for other options or another templates folder', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    expect((await check(['--clients', 'python/requests,go/net-http'])).exitCode).toBe(1);
    mkdirSync(join(work, 'house', 'python'), { recursive: true });
    writeFileSync(join(work, 'house', 'python', 'requests.hbs'), readFileSync(join(ROOT, 'templates', 'python', 'requests.hbs'), 'utf8'));
    await runCli(['gen', ...PY, '--templates', 'house'], { cwd: work });
    expect((await check([...PY, '--templates', 'house'])).exitCode).toBe(0);
    writeFileSync(join(work, 'house', 'python', 'requests.hbs'), '# house\n' + readFileSync(join(ROOT, 'templates', 'python', 'requests.hbs'), 'utf8'));
    expect((await check([...PY, '--templates', 'house'])).stdout).toContain('  stale     generated/upload/python-requests.py\n');
  });

  it('sees a docs page added to the docs folder since', async () => {
    const page = (title: string) => `# ${title}\n<!-- snipgen:start endpoint=create-key clients=python/requests -->\n<!-- snipgen:end -->\n`;
    mkdirSync(join(work, 'docs'));
    writeFileSync(join(work, 'docs', 'a.md'), page('A'));
    await runCli(['gen', ...PY, '--docs', 'docs'], { cwd: work });
    expect((await check([...PY, '--docs', 'docs'])).exitCode).toBe(0);
    writeFileSync(join(work, 'docs', 'b.md'), page('B'));
    expect((await check([...PY, '--docs', 'docs'])).stdout).toContain('  stale     docs/b.md\n');
  });

  it('reports bad input added since, and after a failed gen still answers for the last good output', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    writeFileSync(join(work, 'specs', 'broken.yaml'), 'id: broken\n');
    expect((await check()).exitCode).toBe(2);
    expect((await runCli(['gen', ...PY], { cwd: work })).exitCode).toBe(2);
    rmSync(join(work, 'specs', 'broken.yaml'));
    expect(existsSync(join(work, 'generated', 'manifest.json'))).toBe(true);
    expect(await check()).toEqual({ exitCode: 0, stdout: 'snipgen check: 5 files up to date\n', stderr: '' });
  });
});
