import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../cli-support.js';
import { ROOT, SHAPES } from '../support.js';

/** A docs repository with three specs committed; each case changes something after that commit. */
describe('verify --changed-since', () => {
  let repo: string;
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', ...args], { cwd: repo, encoding: 'utf8' });
  const verifyChanged = (...extra: string[]) =>
    runCli(['verify', 'specs', '--clients', 'javascript/fetch', '--style', 'runnable', '--no-cache', '--cache-dir', join(repo, '.cache'), '--changed-since', 'HEAD', ...extra], { cwd: repo });
  const verified = (stdout: string) => /verify: (\d+) passed, (\d+) failed/.exec(stdout)?.slice(1).map(Number);

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'snipgen-changed-'));
    mkdirSync(join(repo, 'specs'));
    for (const name of ['method-get', 'body-json', 'query-params']) cpSync(join(SHAPES, `${name}.yaml`), join(repo, 'specs', `${name}.yaml`));
    writeFileSync(join(repo, '.gitignore'), '.cache/\n');
    git('init', '-q');
    git('add', '-A');
    git('commit', '-qm', 'specs');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  it('nothing changed: nothing to verify', async () => {
    const result = await verifyChanged();
    expect(result.exitCode, result.stderr).toBe(0);
    expect(verified(result.stdout)).toEqual([0, 0]);
  });

  it('verifies the endpoints of a changed spec, and of a new one, only', async () => {
    const file = join(repo, 'specs', 'body-json.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: Changed'));
    cpSync(join(SHAPES, 'method-delete.yaml'), join(repo, 'specs', 'method-delete.yaml'));
    const result = await verifyChanged();
    expect(result.exitCode, result.stdout).toBe(0);
    expect(verified(result.stdout)).toEqual([2, 0]);
    git('checkout', '--', 'specs/body-json.yaml');
    rmSync(join(repo, 'specs', 'method-delete.yaml'));
  });

  it('a changed template verifies every endpoint', async () => {
    mkdirSync(join(repo, 'templates', 'javascript', 'fetch'), { recursive: true });
    writeFileSync(join(repo, 'templates', 'javascript', 'fetch', 'runnable.hbs'), `// House style.\n${readFileSync(join(ROOT, 'clients', 'javascript', 'fetch', 'runnable.hbs'), 'utf8')}`);
    const result = await verifyChanged('--templates', 'templates');
    expect(verified(result.stdout)).toEqual([3, 0]);
    rmSync(join(repo, 'templates'), { recursive: true });
  });

  it('a revision git does not know is a usage error, not an empty run', async () => {
    const result = await runCli(['verify', 'specs', '--clients', 'javascript/fetch', '--changed-since', 'no-such-branch'], { cwd: repo });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('--changed-since no-such-branch: not a revision of the git repository');
  });
});
