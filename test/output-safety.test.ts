// What gen and check may touch: only the output folder (and the docs pages named), whatever links
// or an earlier manifest say; bad input or a broken environment is one line and exit 2, never a
// crash, never a half-written or wiped folder.
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { reportError } from '../src/exit.js';
import { runCli, treeHash } from './cli-support.js';
import { ROOT } from './support.js';

const PY = ['--clients', 'python/requests'];
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-safety-'));
  mkdirSync(join(work, 'specs'));
  cpSync(join(ROOT, 'specs', 'openrouter', 'create-key.yaml'), join(work, 'specs', 'create-key.yaml'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Adds entries to the manifest of work/generated, as a hand edit or a hostile commit would. */
function listInManifest(...files: string[]): void {
  const path = join(work, 'generated', 'manifest.json');
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  for (const file of files) manifest.snippets.push({ endpoint: 'gone', client: 'python/requests', style: 'runnable', lang: 'python', file });
  writeFileSync(path, JSON.stringify(manifest, null, 2));
}

describe('orphan removal stays inside the output folder', () => {
  it('refuses a manifest entry that leads out through a relative link in a parent folder, and changes nothing', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    writeFileSync(join(work, 'package.json'), '{"keep": true}\n');
    symlinkSync('..', join(work, 'generated', 'up'));
    listInManifest('up/package.json');
    const before = treeHash(join(work, 'generated'));
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^refusing up\/package\.json: up resolves outside the output folder/m);
    expect(readFileSync(join(work, 'package.json'), 'utf8')).toBe('{"keep": true}\n');
    expect(treeHash(join(work, 'generated'))).toBe(before);
  });

  it('refuses one through an absolute link, leaving the outside file and its folder', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    const outside = mkdtempSync(join(tmpdir(), 'snipgen-outside-'));
    writeFileSync(join(outside, 'only.txt'), 'mine');
    symlinkSync(outside, join(work, 'generated', 'abs'));
    listInManifest('abs/only.txt');
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(readFileSync(join(outside, 'only.txt'), 'utf8')).toBe('mine');
    rmSync(outside, { recursive: true });
  });

  it('refuses entries whose text leaves the folder (.., absolute) and a link as the entry itself', async () => {
    writeFileSync(join(work, 'victim.txt'), 'keep');
    for (const entry of ['../victim.txt', join(work, 'victim.txt'), 'link.txt']) {
      rmSync(join(work, 'generated'), { recursive: true, force: true });
      await runCli(['gen', ...PY], { cwd: work });
      if (entry === 'link.txt') symlinkSync(join(work, 'victim.txt'), join(work, 'generated', 'link.txt'));
      listInManifest(entry);
      const result = await runCli(['gen', ...PY], { cwd: work });
      expect(result.exitCode, entry).toBe(2);
      expect(result.stderr, entry).toMatch(/^refusing/m);
      expect(readFileSync(join(work, 'victim.txt'), 'utf8')).toBe('keep');
    }
  });

  it('leaves a manifest entry that is a folder, or is gone, with a warning', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    mkdirSync(join(work, 'generated', 'a-folder'));
    writeFileSync(join(work, 'generated', 'a-folder', 'inside.txt'), 'x');
    listInManifest('a-folder', 'not-there.py');
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain('warning: manifest.json lists a-folder, which is not a file: left alone');
    expect(result.stderr).toContain('warning: manifest.json lists not-there.py, which is not there: ignored');
    expect(readFileSync(join(work, 'generated', 'a-folder', 'inside.txt'), 'utf8')).toBe('x');
  });
});

describe('an input with no endpoints', () => {
  it('is an error that removes nothing, unless --allow-empty', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    mkdirSync(join(work, 'empty'));
    const before = treeHash(join(work, 'generated'));
    const result = await runCli(['gen', ...PY, 'empty'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe('no endpoints in empty: nothing to generate (pass --allow-empty to generate nothing and remove what an earlier run wrote)\n');
    expect(treeHash(join(work, 'generated'))).toBe(before);
    expect((await runCli(['check', ...PY, 'empty'], { cwd: work })).exitCode).toBe(2);
    const allowed = await runCli(['gen', ...PY, '--allow-empty', 'empty'], { cwd: work });
    expect(allowed.exitCode).toBe(0);
    expect(allowed.stdout).toContain('2 removed');
  });
});

describe('failures are one line and exit 2 (or 3 for a bug), never drift', () => {
  it('endpoint ids whose files collide are refused at the id', async () => {
    const spec = (id: string) => `id: ${JSON.stringify(id)}\nmethod: GET\nbaseUrl: https://api.example.com\npath: /x\n`;
    writeFileSync(join(work, 'specs', 'x.yaml'), spec('x'));
    writeFileSync(join(work, 'specs', 'x-md.yaml'), spec('x.md'));
    writeFileSync(join(work, 'specs', 'manifest.yaml'), spec('manifest.json'));
    for (const command of ['gen', 'check']) {
      const result = await runCli([command, ...PY], { cwd: work });
      expect(result.exitCode, command).toBe(2);
      expect(result.stderr).toMatch(/specs\/x-md\.yaml:1:1: x\.md\/python-requests\.py \(of endpoint "x\.md"\) needs x\.md to be a folder, but x\.md \(of endpoint "x"\) is a file/);
      expect(result.stderr).toMatch(/specs\/manifest\.yaml:1:1: manifest\.json\/python-requests\.py \(of endpoint "manifest\.json"\) needs manifest\.json to be a folder, but manifest\.json \(snipgen's own\) is a file/);
    }
    expect(existsSync(join(work, 'generated'))).toBe(false);
  });

  it('--out naming a file is a usage error', async () => {
    writeFileSync(join(work, 'out.txt'), 'x');
    for (const command of ['gen', 'check']) {
      const result = await runCli([command, ...PY, '--out', 'out.txt'], { cwd: work });
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toBe('--out out.txt: is a file, not a folder\n');
    }
  });

  it('an output folder that cannot be made is one line and exit 2', async () => {
    writeFileSync(join(work, 'blocker'), 'x');
    const result = await runCli(['gen', ...PY, '--out', 'blocker/generated'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^snipgen: blocker\/generated: a path component is not a folder \(ENOTDIR/);
  });

  it('operating-system errors on a path are one line and exit 2; anything else is an internal error, exit 3', () => {
    const lines: string[] = [];
    const io = { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t) };
    for (const code of ['EROFS', 'EACCES', 'ENOSPC']) {
      const error = Object.assign(new Error(`${code}: boom`), { code, syscall: 'open', path: 'generated/x.py' });
      expect(reportError(error, io)).toBe(2);
    }
    expect(lines).toEqual([
      'snipgen: generated/x.py: read-only file system (EROFS on open)\n',
      'snipgen: generated/x.py: permission denied (EACCES on open)\n',
      'snipgen: generated/x.py: no space left on the device (ENOSPC on open)\n',
    ]);
    lines.length = 0;
    expect(reportError(new TypeError('x is not a function'), io)).toBe(3);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^snipgen: internal error: x is not a function \(a bug in snipgen/);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only output folder is one line and exit 2 (skipped as root, who may write anywhere)', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    writeFileSync(join(work, 'specs', 'create-key.yaml'), readFileSync(join(work, 'specs', 'create-key.yaml'), 'utf8').replace('My New API Key', 'Other'));
    chmodSync(join(work, 'generated', 'create-key'), 0o555);
    const result = await runCli(['gen', ...PY], { cwd: work });
    chmodSync(join(work, 'generated', 'create-key'), 0o755);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/permission denied \(EACCES/);
  });

  it('a spec using one anchor 150 times is fine; nested aliases that multiply are refused at their place', async () => {
    const many = ['- &first\n  id: e0\n  method: GET\n  baseUrl: https://api.example.com\n  path: /x\n  headers: &h\n    X-A: b\n'];
    for (let i = 1; i <= 150; i++) many.push(`- id: e${i}\n  method: GET\n  baseUrl: https://api.example.com\n  path: /x\n  headers: *h\n`);
    writeFileSync(join(work, 'specs', 'create-key.yaml'), many.join(''));
    expect((await runCli(['gen', ...PY], { cwd: work })).exitCode).toBe(0);
    const bomb = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 8; i++) bomb.push(`a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    writeFileSync(join(work, 'specs', 'create-key.yaml'), `${bomb.join('\n')}\nid: bomb\nmethod: GET\nbaseUrl: https://a.example\npath: /x\nquery: { q: *a7 }\n`);
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^specs\/create-key\.yaml:\d+:\d+: YAML: the aliases expand this file to more than 1,000,000 values/m);
  });

  it('a value too long for any code sample is refused at its place, not a crash', async () => {
    writeFileSync(join(work, 'specs', 'create-key.yaml'), `id: big\nmethod: POST\nbaseUrl: https://api.example.com\npath: /x\nbody:\n  text: "${'x'.repeat(5 * 1024 * 1024)}"\n  contentType: text/plain\n`);
    const result = await runCli(['gen'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^specs\/create-key\.yaml:6:9: a value of 5\.0 MB is too long for a code sample \(at most 4 MB\)/);
    expect(existsSync(join(work, 'generated'))).toBe(false);
  });
});

describe('what an interrupted run leaves behind', () => {
  it('check reports it as leftover; the next gen removes it', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    // A pid no process has: as a killed run (or one out of disk) leaves its staging.
    const dead = 2 ** 22 + 17;
    writeFileSync(join(work, 'generated', 'create-key', `python-requests.py.snipgen.${dead}.1.tmp`), 'half');
    mkdirSync(join(work, 'generated', `.snipgen.${dead}.2.tmp`, 'create-key'), { recursive: true });
    writeFileSync(join(work, 'generated', `.snipgen.${dead}.2.tmp`, 'create-key', 'python-requests.py'), 'half');
    const check = await runCli(['check', ...PY], { cwd: work });
    expect(check.exitCode).toBe(1);
    expect(check.stdout).toContain(`  leftover  generated/.snipgen.${dead}.2.tmp (an interrupted run's temporary file)\n`);
    expect(check.stdout).toContain(`  leftover  generated/create-key/python-requests.py.snipgen.${dead}.1.tmp`);
    const gen = await runCli(['gen', ...PY], { cwd: work });
    expect(gen.exitCode).toBe(0);
    expect(gen.stdout).toContain('2 left by an interrupted run cleaned up');
    expect((await runCli(['check', ...PY], { cwd: work })).exitCode).toBe(0);
  });

  it('a failure while staging leaves no temporary file', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    writeFileSync(join(work, 'specs', 'create-key.yaml'), readFileSync(join(work, 'specs', 'create-key.yaml'), 'utf8').replace('My New API Key', 'Other'));
    // The page's target is a folder now: staging refuses it after the snippet was staged.
    rmSync(join(work, 'generated', 'create-key.md'));
    mkdirSync(join(work, 'generated', 'create-key.md'));
    const before = treeHash(join(work, 'generated'));
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('refusing to replace create-key.md in the output folder: it is not a file');
    expect(treeHash(join(work, 'generated'))).toBe(before);
  });
});
