import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeHash } from './cli-support.js';
import { ROOT, SHAPES } from './support.js';

/**
 * bin/snipgen.js starts from the bundle scripts/bundle.mjs makes only while nothing it was made
 * from has changed. The cases work on copies of a package built here from the tree's dist/src:
 * the tree's dist/ is shared with every test run (a run starting elsewhere rebuilds it).
 */
describe('the CLI bundle', () => {
  let work: string;
  let built: string;
  let copies = 0;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'snipgen-bundle-test-'));
    built = join(work, 'built');
    for (const name of ['bin', 'dist/src', 'templates', 'schema', 'scripts', 'package.json']) cpSync(join(ROOT, name), join(built, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(built, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(built, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /** The package built above, copied (file times are not kept: the record falls back on content). */
  function copy(): string {
    const dir = join(work, `copy-${copies++}`);
    for (const name of ['bin', 'dist', 'templates', 'schema', 'scripts', 'package.json']) cpSync(join(built, name), join(dir, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    return dir;
  }

  /** What bin/snipgen.js would start from in `dir`. */
  function startsFrom(dir: string): string {
    const probe = `import { loadBundle } from ${JSON.stringify(join(dir, 'bin', 'bundle.js'))}; process.stdout.write(typeof loadBundle()?.main === 'function' ? 'bundle' : 'dist/src');`;
    return execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
  }

  /** gen of every shape fixture, run from a folder of its own: exit code, both streams and the output tree. */
  function gen(dir: string, name: string, style: string, inputs: string[], flags: string[] = []) {
    const cwd = join(work, name);
    mkdirSync(cwd);
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'snipgen.js'), 'gen', '--style', style, '--out', 'out', ...flags, ...inputs], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, out: treeHash(join(cwd, 'out')) };
  }

  it('is used when up to date, and gives the same output as dist/src', () => {
    const fresh = copy();
    expect(startsFrom(fresh)).toBe('bundle');
    const stale = copy();
    // A comment changes no behaviour: dist/src then runs the same code module by module.
    appendFileSync(join(stale, 'dist', 'src', 'cli.js'), '\n// edited\n');
    expect(startsFrom(stale)).toBe('dist/src');
    // Every shape that every client can express, then all of them (some clients refuse one: the same errors).
    const expressible = readdirSync(SHAPES).filter((f) => f.endsWith('.yaml') && f !== 'hostile.yaml').map((f) => join(SHAPES, f));
    for (const style of ['runnable', 'reference']) {
      const bundled = gen(fresh, `bundle-${style}`, style, expressible);
      expect(bundled.status, bundled.stderr).toBe(0);
      expect(bundled).toEqual(gen(stale, `dist-${style}`, style, expressible));
    }
    const refused = gen(fresh, 'bundle-all', 'runnable', [SHAPES]);
    expect(refused.status).toBe(2);
    expect(refused).toEqual(gen(stale, 'dist-all', 'runnable', [SHAPES]));
    // Templates without kept code: the bundle loads Handlebars' compiler for them.
    const overrides = join(work, 'overrides');
    mkdirSync(join(overrides, 'python'), { recursive: true });
    writeFileSync(join(overrides, 'python', 'requests.hbs'), `# {{client.title}}\n${readFileSync(join(ROOT, 'templates', 'python', 'requests.hbs'), 'utf8')}`);
    writeFileSync(join(overrides, 'python', 'requests.reference.hbs'), '{{#if method}}\n{{str path}}\n');
    const flags = ['--templates', overrides, '--clients', 'python/requests'];
    const edited = gen(fresh, 'bundle-edited', 'runnable', expressible, flags);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited).toEqual(gen(stale, 'dist-edited', 'runnable', expressible, flags));
    const broken = gen(fresh, 'bundle-broken', 'reference', expressible, flags);
    expect(broken.stderr).toMatch(/requests\.reference\.hbs:\d+:\d+: template error/);
    expect(broken).toEqual(gen(stale, 'dist-broken', 'reference', expressible, flags));
  });

  it('is not used once dist/src, a bundled package, the bundle or its code cache has changed', () => {
    const record = JSON.parse(readFileSync(join(built, 'dist', 'cli.json'), 'utf8')) as { files: { path: string }[] };
    const paths = record.files.map((f) => f.path);
    const changed = [
      paths.find((p) => p.startsWith('dist/src/render/')),
      paths.find((p) => p.startsWith('scripts/')),
      'dist/cli/bundle/snipgen.cjs',
      'dist/cli/bundle/precompiled-templates.json',
      'dist/cli.cache',
    ];
    for (const path of changed) {
      expect(path).toBeDefined();
      const dir = copy();
      const file = join(dir, path!);
      // Same size, other bytes: only the content tells.
      const bytes = readFileSync(file);
      bytes[bytes.length - 1] ^= 1;
      writeFileSync(file, bytes);
      expect(startsFrom(dir), path).toBe('dist/src');
    }
    // A bundled package is checked by its package.json (an install of another version replaces it).
    expect(paths.some((p) => /node_modules\/yaml\/package\.json$/.test(p))).toBe(true);
    const dir = copy();
    rmSync(join(dir, 'dist', 'cli.json'));
    expect(startsFrom(dir)).toBe('dist/src');
    expect(execFileSync(process.execPath, [join(dir, 'bin', 'snipgen.js'), '--version'], { encoding: 'utf8' }).trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  it('is used in an installed copy: no build scripts, its dependencies beside it rather than inside', () => {
    // node_modules/snipgen as npm unpacks it (package.json "files", other file times), with every
    // dependency hoisted into the node_modules it sits in.
    const modules = join(work, 'installed', 'node_modules');
    const dir = join(modules, 'snipgen');
    for (const name of ['bin', 'dist', 'templates', 'schema', 'package.json']) cpSync(join(built, name), join(dir, name), { recursive: true });
    for (const name of readdirSync(join(ROOT, 'node_modules'))) if (!name.startsWith('.')) symlinkSync(join(ROOT, 'node_modules', name), join(modules, name), 'dir');
    expect(startsFrom(dir)).toBe('bundle');
    const fixtures = [join(SHAPES, 'method-post.yaml'), join(SHAPES, 'body-multipart.yaml')];
    const installed = gen(dir, 'installed-gen', 'runnable', fixtures);
    expect(installed.status, installed.stderr).toBe(0);
    expect(installed).toEqual(gen(copy(), 'copy-gen', 'runnable', fixtures));
    // A file of its own that differs still makes it stale there.
    appendFileSync(join(dir, 'dist', 'src', 'cli.js'), '\n// edited\n');
    expect(startsFrom(dir)).toBe('dist/src');
  });

  it('runs when V8 rejects its code cache (another Node version), only slower', () => {
    const probe = `
      import { readFileSync } from 'node:fs';
      import { BUNDLE, runBundle } from ${JSON.stringify(join(built, 'bin', 'bundle.js'))};
      const { exports, script } = runBundle(readFileSync(BUNDLE, 'utf8'), Buffer.alloc(4096, 7));
      process.stdout.write(JSON.stringify({ rejected: script.cachedDataRejected, main: typeof exports.main }));`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' }))).toEqual({ rejected: true, main: 'function' });
  });
});
