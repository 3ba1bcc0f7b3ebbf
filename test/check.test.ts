import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { runCli, treeHash } from './cli-support.js';
import { ROOT } from './support.js';

const PY = ['--clients', 'python/requests'];
const SPEC = join('specs', 'openrouter', 'create-key.yaml');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-check-'));
  cpSync(join(ROOT, 'specs'), join(work, 'specs'), { recursive: true });
});

const edit = (file: string, from: string, to: string) => writeFileSync(join(work, file), readFileSync(join(work, file), 'utf8').replace(from, to));

describe('snipgen check', () => {
  it('exits 0 and says so when the output is up to date', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    expect(await runCli(['check', ...PY], { cwd: work })).toEqual({ exitCode: 0, stdout: 'snipgen check: 3 files up to date\n', stderr: '' });
  });

  it('exits 1 with a unified diff for a stale file and the command that fixes it, writing nothing', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    edit(SPEC, 'My New API Key', 'Renamed Key');
    const before = treeHash(join(work, 'generated'));
    const result = await runCli(['check', ...PY], { cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('  stale     generated/create-key/python-requests.py\n');
    expect(result.stdout).toContain('--- a/generated/create-key/python-requests.py\ton disk\n+++ b/generated/create-key/python-requests.py\tgenerated\n');
    expect(result.stdout).toContain('-    "name": "My New API Key",\n+    "name": "Renamed Key",\n');
    expect(result.stdout).toContain('To fix: run `npx snipgen gen');
    expect(result.stdout).not.toContain('\u001b[');
    expect(treeHash(join(work, 'generated'))).toBe(before);
  });

  it('reports missing and orphaned files', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    rmSync(join(work, 'generated', 'create-key.md'));
    edit(SPEC, 'id: create-key', 'id: make-key');
    const result = await runCli(['check', ...PY], { cwd: work });
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toContain('  missing   generated/make-key/python-requests.py\n');
    expect(result.stdout).toContain('  missing   generated/make-key.md\n');
    expect(result.stdout).toContain('  orphaned  generated/create-key/python-requests.py\n');
    expect(result.stdout).toContain('  stale     generated/manifest.json\n');
  });

  it('a manifest entry under a file (not a folder) is no orphan, and no crash', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    // create-key.md is a file: nothing can be at create-key.md/inner.py.
    edit(join('generated', 'manifest.json'), '"snippets": [', '"snippets": [{ "endpoint": "x", "client": "python/requests", "style": "runnable", "lang": "python", "file": "create-key.md/inner.py" },');
    const result = await runCli(['check', ...PY], { cwd: work });
    expect(result).toMatchObject({ exitCode: 1, stderr: '' });
    expect(result.stdout).toContain('  stale     generated/manifest.json\n');
    expect(result.stdout).not.toContain('orphaned');
  });

  it('--report json gives the same report for machines', async () => {
    await runCli(['gen', ...PY], { cwd: work });
    rmSync(join(work, 'generated', 'create-key.md'));
    const result = await runCli(['check', ...PY, '--report', 'json'], { cwd: work });
    expect(result.exitCode).toBe(1);
    const report = JSON.parse(result.stdout);
    expect(report).toMatchObject({ clean: false, stale: [], missing: ['generated/create-key.md'], orphaned: [] });
    expect(report.fix).toContain('npx snipgen gen');
  });

  it('exits 2 on bad input', async () => {
    cpSync(join(ROOT, 'test', 'fixtures', 'invalid', 'wrong-type.yaml'), join(work, 'specs', 'bad.yaml'));
    const result = await runCli(['check', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('specs/bad.yaml:5:8: query must be a map or a list');
  });
});

describe('docs pages kept in place', () => {
  const page = [
    '# Keys',
    '',
    'Hand-written intro, kept byte for byte.  ',
    '<!-- snipgen:start endpoint=create-key clients=python/requests -->',
    'old content',
    '<!-- snipgen:end -->',
    'Hand-written outro.',
    '',
  ].join('\n');

  it('gen fills the marker region and leaves every other byte; check then reports it clean, and stale after an edit', async () => {
    mkdirSync(join(work, 'docs'));
    writeFileSync(join(work, 'docs', 'keys.md'), page);
    const gen = await runCli(['gen', ...PY, '--docs', 'docs'], { cwd: work });
    expect(gen.stdout).toContain('1 of 1 docs pages updated');
    const filled = readFileSync(join(work, 'docs', 'keys.md'), 'utf8');
    const snippet = readFileSync(join(work, 'generated', 'create-key', 'python-requests.py'), 'utf8');
    const [head, tail] = page.split('old content\n');
    const label = '**Python (requests)** with requests 2.28: `pip install requests`';
    expect(filled).toBe(`${head!.replace(/\n$/, '')}\n${label}\n\n\`\`\`python\n${snippet}\`\`\`\n${tail}`);
    expect((await runCli(['check', ...PY, '--docs', 'docs'], { cwd: work })).exitCode).toBe(0);

    edit(SPEC, 'monthly', 'weekly');
    await runCli(['gen', ...PY], { cwd: work });
    const stale = await runCli(['check', ...PY, '--docs', 'docs'], { cwd: work });
    expect(stale.exitCode).toBe(1);
    expect(stale.stdout).toContain('  stale     docs/keys.md\n');
    expect(stale.stdout).toContain('-    "limit_reset": "monthly",\n+    "limit_reset": "weekly",\n');
  });

  it('MDX pages use the {/* */} marker form, and get the same <Tabs> as the mdx-docusaurus pages, imports once', async () => {
    mkdirSync(join(work, 'docs'));
    const region = (attributes: string) => `{/* snipgen:start endpoint=create-key ${attributes}*/}\n{/* snipgen:end */}\n`;
    writeFileSync(join(work, 'docs', 'keys.mdx'), `Intro\n${region('')}Between\n${region('clients=shell/curl,python/requests ')}Outro\n`);
    const clients = ['--clients', 'python/requests,shell/curl'];
    await runCli(['gen', ...clients, '--docs', 'docs/keys.mdx', '--format', 'mdx-docusaurus'], { cwd: work });
    const filled = readFileSync(join(work, 'docs', 'keys.mdx'), 'utf8');
    const tabs = readFileSync(join(work, 'generated', 'docusaurus', 'create-key.mdx'), 'utf8');
    const pageTabs = tabs.slice(tabs.indexOf('<Tabs'), tabs.indexOf('</Tabs>') + '</Tabs>'.length);
    const item = (value: string) => pageTabs.match(new RegExp(`<TabItem value="${value}"[\\s\\S]*?</TabItem>\\n`))![0].replace(' default>', '>');
    // The region's own client order; the first tab is the default.
    const curlFirst = `<Tabs groupId="snipgen-client">\n${item('shell-curl').replace('>', ' default>')}${item('python-requests')}</Tabs>`;
    const imports = "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n";
    const filledRegion = (attributes: string, content: string) => region(attributes).replace('*/}\n', `*/}\n\n${content}\n\n`);
    expect(filled).toBe(`Intro\n${filledRegion('', imports + pageTabs)}Between\n${filledRegion('clients=shell/curl,python/requests ', curlFirst)}Outro\n`);
    // A second run keeps the page as it is: the region's own imports are not the page's.
    expect((await runCli(['check', ...clients, '--docs', 'docs/keys.mdx', '--format', 'mdx-docusaurus'], { cwd: work })).exitCode).toBe(0);
  });

  it('layout= chooses the blocks or Mintlify <CodeGroup> in a region; a page that imports Tabs itself gets no second import', async () => {
    mkdirSync(join(work, 'docs'));
    writeFileSync(join(work, 'docs', 'a.mdx'), "import Tabs from '@theme/Tabs';\nimport TabItem from '@theme/TabItem';\n\n{/* snipgen:start endpoint=create-key */}\n{/* snipgen:end */}\n");
    writeFileSync(join(work, 'docs', 'b.mdx'), '{/* snipgen:start endpoint=create-key layout=codegroup */}\n{/* snipgen:end */}\n<!-- snipgen:start endpoint=create-key layout=blocks -->\n<!-- snipgen:end -->\n');
    await runCli(['gen', ...PY, '--docs', 'docs'], { cwd: work });
    const a = readFileSync(join(work, 'docs', 'a.mdx'), 'utf8');
    expect(a.match(/import Tabs/g)).toHaveLength(1);
    expect(a).toContain('*/}\n\n<Tabs groupId="snipgen-client">\n<TabItem value="python-requests" label="Python (requests)" default>\n');
    const b = readFileSync(join(work, 'docs', 'b.mdx'), 'utf8');
    expect(b).toMatch(/^\{\/\* snipgen:start endpoint=create-key layout=codegroup \*\/\}\n\n<CodeGroup>\n\n```python Python \(requests\)\nimport os\n[\s\S]*\n```\n\n<\/CodeGroup>\n\n- \*\*Python \(requests\)\*\* with requests 2\.28: `pip install requests`\n\n\{\/\* snipgen:end \*\/\}\n/);
    expect(b).toMatch(/<!-- snipgen:start endpoint=create-key layout=blocks -->\n\*\*Python \(requests\)\*\* with requests 2\.28: `pip install requests`\n\n```python\n[\s\S]*\n```\n<!-- snipgen:end -->\n$/);
  });

  it('a marker naming an unknown endpoint or client is an input error at the marker', async () => {
    mkdirSync(join(work, 'docs'));
    writeFileSync(join(work, 'docs', 'bad.md'), 'x\n  <!-- snipgen:start endpoint=nope -->\n<!-- snipgen:end -->\n<!-- snipgen:start endpoint=create-key clients=python/request -->\n<!-- snipgen:end -->\n<!-- snipgen:start endpoint=create-key layout=tab -->\n<!-- snipgen:end -->\n');
    const before = treeHash(work);
    const result = await runCli(['gen', ...PY, '--docs', 'docs'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('docs/bad.md:2:3: unknown endpoint "nope" in marker');
    expect(result.stderr).toContain('docs/bad.md:4:1: unknown client "python/request" in marker');
    expect(result.stderr).toContain('docs/bad.md:6:1: unknown layout "tab" in marker (known: blocks, tabs, codegroup)');
    expect(treeHash(work)).toBe(before);
  });
});

describe('safe writes', () => {
  it('refuses to follow a symbolic link out of the output folder, and writes nothing', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'snipgen-outside-'));
    mkdirSync(join(work, 'generated'));
    symlinkSync(outside, join(work, 'generated', 'create-key'));
    const result = await runCli(['gen', ...PY], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/refusing create-key\/python-requests\.py: create-key resolves outside the output folder/);
    expect(treeHash(outside)).toBe(treeHash(mkdtempSync(join(tmpdir(), 'snipgen-empty-'))));
    expect(existsSync(join(work, 'generated', 'manifest.json'))).toBe(false);
  });

  it('two gen runs at once on one folder leave a complete, correct tree', async () => {
    const [a, b] = await Promise.all([runCli(['gen', ...PY], { cwd: work }), runCli(['gen', ...PY], { cwd: work })]);
    expect([a.exitCode, b.exitCode]).toEqual([0, 0]);
    expect(existsSync(join(work, 'generated', '.snipgen.lock'))).toBe(false);
    expect((await runCli(['check', ...PY], { cwd: work })).exitCode).toBe(0);
  });
});

describe('gen --watch', () => {
  it('regenerates after a change and keeps running after a broken spec', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'snipgen.cjs'), 'gen', ...PY, '--watch'], { cwd: work, env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const waitFor = async (pattern: RegExp, from: number) => {
      for (let i = 0; i < 300; i++) {
        if (pattern.test(out.slice(from))) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${pattern}; output so far:\n${out}`);
    };
    try {
      await waitFor(/watching/, 0);
      let mark = out.length;
      edit(SPEC, 'monthly', 'daily');
      await waitFor(/changed .*create-key\.yaml\nsnipgen: 1 endpoint x 1 clients \(runnable\) -> generated: [12] written/, mark);
      expect(readFileSync(join(work, 'generated', 'create-key', 'python-requests.py'), 'utf8')).toContain('"daily"');

      mark = out.length;
      edit(SPEC, 'method: POST', 'method: [POST]');
      await waitFor(/create-key\.yaml:5:9: method must be a string/, mark);
      expect(child.exitCode).toBeNull();

      mark = out.length;
      edit(SPEC, 'method: [POST]', 'method: PUT');
      await waitFor(/generated: [12] written/, mark);
      expect(readFileSync(join(work, 'generated', 'create-key', 'python-requests.py'), 'utf8')).toContain('requests.put(');
    } finally {
      child.kill('SIGTERM');
    }
  });
});
