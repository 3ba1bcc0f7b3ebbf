import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { runCli, treeHash } from './cli-support.js';
import { ROOT } from './support.js';

const PY = ['--clients', 'python/requests'];
let work: string;


beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-cli-'));
  cpSync(join(ROOT, 'specs'), join(work, 'specs'), { recursive: true });
});

describe('snipgen CLI', () => {
  it('--version prints the package version', async () => {
    const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
    expect(await runCli(['--version'])).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });

  it.each(['gen', 'check', 'list'])('%s --help describes the command', async (command) => {
    const result = await runCli([command, '--help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toContain(`Usage: snipgen ${command}`);
    expect(result.stderr).toBe('');
  });

  it('list shows every client with title, targeted library and styles, runnable-only ones said so', async () => {
    const result = await runCli(['list']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe('');
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^client\s+title\s+targets\s+styles$/);
    expect(lines).toHaveLength(CLIENTS.length + 1);
    for (const client of CLIENTS) {
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const styles = client.hasReference ? 'runnable, reference' : 'runnable only \\(reference renders it too\\)';
      expect(result.stdout).toMatch(new RegExp(`^${escape(client.id)}\\s+${escape(client.title)}\\s+${escape(`${client.library.name} ${client.library.version}`)}\\s+${styles}$`, 'm'));
    }
    expect(CLIENTS.some((c) => !c.hasReference)).toBe(true);
  });

  it('list --shapes names every shape a client.yaml can refuse', async () => {
    const result = await runCli(['list', '--shapes']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^custom-method\s+a method other than GET, HEAD, POST, PUT, PATCH, DELETE and OPTIONS$/m);
  });

  it('an unknown option or command is a usage error: exit 2', async () => {
    const unknownOption = await runCli(['gen', '--frobnicate']);
    expect(unknownOption.exitCode).toBe(2);
    expect(unknownOption.stderr).toContain("unknown option '--frobnicate'");
    const unknownClient = await runCli(['gen', '--clients', 'cobol/punchcard'], { cwd: work });
    expect(unknownClient.exitCode).toBe(2);
    expect(unknownClient.stderr).toMatch(/^unknown client "cobol\/punchcard" \(known: python\/requests, /);
    const badStyle = await runCli(['gen', '--style', 'fancy']);
    expect(badStyle.exitCode).toBe(2);
    expect(badStyle.stderr).toContain("argument 'fancy' is invalid");
  });

  it('gen writes one file per endpoint x client, a page per endpoint and the manifest; a second run rewrites nothing', async () => {
    const first = await runCli(['gen', ...PY], { cwd: work });
    expect(first).toEqual({
      exitCode: 0,
      stdout: 'snipgen: 1 endpoint x 1 clients (runnable) -> generated: 3 written, 0 unchanged, 0 removed\n',
      stderr: '',
    });
    const manifest = JSON.parse(readFileSync(join(work, 'generated', 'manifest.json'), 'utf8'));
    expect(manifest.snippets).toEqual([
      { endpoint: 'create-key', client: 'python/requests', style: 'runnable', lang: 'python', file: 'create-key/python-requests.py' },
    ]);
    expect(readFileSync(join(work, 'generated', 'create-key.md'), 'utf8')).toContain('```python\nimport os\n');
    const second = await runCli(['gen', ...PY], { cwd: work });
    expect(second.stdout).toContain('0 written, 3 unchanged, 0 removed');
  });

  it('gen removes files an earlier run wrote that no spec produces any more', async () => {
    await runCli(['gen', '--clients', 'python/requests'], { cwd: work });
    writeFileSync(join(work, 'specs', 'openrouter', 'create-key.yaml'), readFileSync(join(work, 'specs', 'openrouter', 'create-key.yaml'), 'utf8').replace('id: create-key', 'id: make-key'));
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.stdout).toContain('3 written, 0 unchanged, 2 removed');
    expect(existsSync(join(work, 'generated', 'create-key'))).toBe(false);
    expect(existsSync(join(work, 'generated', 'make-key', 'python-requests.py'))).toBe(true);
  });

  it('gen removes an output format that is no longer asked for', async () => {
    await runCli(['gen', ...PY, '--format', 'markdown,snippets-json'], { cwd: work });
    expect(existsSync(join(work, 'generated', 'snippets.json'))).toBe(true);
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.stdout).toContain('1 removed');
    expect(existsSync(join(work, 'generated', 'snippets.json'))).toBe(false);
  });

  it('same input gives the same bytes, LF endings and one final newline', async () => {
    await runCli(['gen', ...PY, '--out', 'a'], { cwd: work });
    await runCli(['gen', ...PY, '--out', 'b'], { cwd: work });
    expect(treeHash(join(work, 'a'))).toBe(treeHash(join(work, 'b')));
    const code = readFileSync(join(work, 'a', 'create-key', 'python-requests.py'), 'utf8');
    expect(code).not.toContain('\r');
    expect(code).toMatch(/[^\n]\n$/);
  });

  it.each([
    ['yaml-syntax.yaml', /yaml-syntax\.yaml:6:1: YAML: /],
    ['unknown-field.yaml', /unknown-field\.yaml:5:1: unknown field "heders" in endpoint \(did you mean "headers"\?\)/],
    ['wrong-type.yaml', /wrong-type\.yaml:5:8: query must be a map or a list/],
    ['missing-field.yaml', /missing-field\.yaml:1:1: missing required field "method"/],
    ['escape.yaml', /escape\.yaml:1:5: id "\.\.\/outside" is not valid/],
  ])('bad input %s: located errors, exit 2, output folder byte-identical', async (file, message) => {
    await runCli(['gen', ...PY], { cwd: work });
    const before = treeHash(join(work, 'generated'));
    cpSync(join(ROOT, 'test', 'fixtures', 'invalid', file), join(work, 'specs', file));
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/snipgen: \d+ problems? found; nothing was written\n$/);
    expect(treeHash(join(work, 'generated'))).toBe(before);
  });

  it('bad input into a fresh folder creates nothing at all', async () => {
    cpSync(join(ROOT, 'test', 'fixtures', 'invalid', 'unknown-field.yaml'), join(work, 'specs', 'bad.yaml'));
    const result = await runCli(['gen', ...PY, '--out', 'fresh'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(existsSync(join(work, 'fresh'))).toBe(false);
  });
});
