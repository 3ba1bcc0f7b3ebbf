import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { treeHash } from './cli-support.js';
import { ROOT, SHAPES } from './support.js';

/**
 * bin/snipgen.cjs starts from the bundle scripts/bundle.mjs makes, unless dist/src/cli.js is newer
 * (tsc ran after it). The cases work on copies of the package built here from the tree's dist/src:
 * the tree's dist/ is shared with every test run.
 */
describe('the CLI bundle', () => {
  let work: string;
  let copies = 0;
  const shipped = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).files as string[];

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'snipgen-bundle-test-'));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  /**
   * The package as shipped, with the tree's dist/src, bundled afresh; with `prebuilt`, also the
   * build's dist/prebuilt.cjs, made by a Handlebars whose precompile() throws once the table is
   * written, so any template the run compiles instead of taking from the table fails loudly.
   */
  function copy(prebuilt = false): string {
    const dir = join(work, `copy-${copies++}`);
    for (const name of [...shipped.filter((f) => !f.startsWith('!') && f !== 'dist'), 'dist/src', 'scripts', 'package.json']) {
      cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (path) => !path.includes(`${'/'}golden${'/'}`) });
    }
    if (!prebuilt) symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
    else {
      mkdirSync(join(dir, 'node_modules'));
      for (const name of readdirSync(join(ROOT, 'node_modules'))) {
        if (name !== 'handlebars') symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name), 'dir');
      }
      cpSync(join(ROOT, 'node_modules', 'handlebars'), join(dir, 'node_modules', 'handlebars'), { recursive: true });
      execFileSync(process.execPath, [join(dir, 'scripts', 'prebuild.mjs')], { stdio: 'inherit' });
      const compiler = join(dir, 'node_modules', 'handlebars', 'dist', 'cjs', 'handlebars', 'compiler', 'compiler.js');
      const source = readFileSync(compiler, 'utf8');
      expect(source).toContain('function precompile(input, options, env) {');
      writeFileSync(compiler, source.replace('function precompile(input, options, env) {', `$&\n  throw new Error('compiled at run time');`));
    }
    execFileSync(process.execPath, [join(dir, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
    return dir;
  }

  const version = (dir: string) => execFileSync(process.execPath, [join(dir, 'bin', 'snipgen.cjs'), '--version'], { encoding: 'utf8' }).trim();

  /** gen of some fixtures, run from a folder of its own: exit code, both streams and the output tree. */
  function gen(dir: string, name: string, style: string, inputs: string[]) {
    const cwd = join(work, name);
    mkdirSync(cwd);
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'snipgen.cjs'), 'gen', '--style', style, '--out', 'out', ...inputs], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, out: treeHash(join(cwd, 'out')) };
  }

  it('is what runs while it is newer than dist/src, and dist/src runs once tsc has rebuilt it', () => {
    const dir = copy();
    const bundle = join(dir, 'dist', 'cli', 'snipgen.cjs');
    writeFileSync(bundle, `exports.main = async (argv) => { process.stdout.write('the bundle\\n'); return 0; };\n`);
    const now = Date.now() / 1000;
    utimesSync(join(dir, 'dist', 'src', 'cli.js'), now - 10, now - 10);
    utimesSync(bundle, now, now);
    expect(version(dir)).toBe('the bundle');
    utimesSync(join(dir, 'dist', 'src', 'cli.js'), now + 10, now + 10);
    expect(version(dir)).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
    rmSync(bundle);
    expect(version(dir)).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });

  // Without the fixtures some client refuses (java/httpclient hostile, python/aiohttp hostile-multipart).
  const refusedBySome = ['hostile.yaml', 'hostile-multipart.yaml'];
  const fixtures = () => readdirSync(SHAPES).filter((f) => f.endsWith('.yaml') && !refusedBySome.includes(f)).map((f) => join(SHAPES, f));

  it('gives the same output, messages and exit codes as dist/src', () => {
    const bundled = copy();
    const modules = copy();
    rmSync(join(modules, 'dist', 'cli'), { recursive: true });
    for (const style of ['runnable', 'reference']) {
      const fromBundle = gen(bundled, `bundle-${style}`, style, fixtures());
      expect(fromBundle.status, fromBundle.stderr).toBe(0);
      expect(fromBundle).toEqual(gen(modules, `modules-${style}`, style, fixtures()));
    }
    // Some clients refuse a hostile shape, left out with warnings: the same either way.
    const refused = gen(bundled, 'bundle-all', 'runnable', [SHAPES]);
    expect(refused.status, refused.stderr).toBe(0);
    expect(refused.stderr).toContain('warning: left out:');
    expect(refused).toEqual(gen(modules, 'modules-all', 'runnable', [SHAPES]));
  });

  it('starts from the build\'s code cache, with the same output, messages and exit codes as without it', () => {
    const cached = copy(true);
    execFileSync(process.execPath, [join(cached, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
    const uncached = copy(true);
    // What bin/snipgen.cjs does, then what happened to each file's cache.
    const script = `
      const { requireWithCodeCache, codeCacheUse } = require(${JSON.stringify(join(cached, 'dist', 'cli', 'code-cache.cjs'))});
      const { main } = requireWithCodeCache(${JSON.stringify(join(cached, 'dist', 'cli', 'snipgen.cjs'))});
      main(['gen', '--out', ${JSON.stringify(join(work, 'cache-use'))}, ${JSON.stringify(join(SHAPES, 'body-json.yaml'))}], { out() {}, err() {} })
        .then(() => process.stdout.write(JSON.stringify(codeCacheUse().map(({ file, cache }) => [file.slice(${JSON.stringify(cached.length + 1)}), cache]))));`;
    expect(JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }))).toEqual([
      ['dist/cli/snipgen.cjs', 'used'],
      ['dist/prebuilt.cjs', 'used'],
      ['schema/validators.cjs', 'used'],
    ]);
    for (const style of ['runnable', 'reference']) {
      const fromCache = gen(cached, `cached-${style}`, style, fixtures());
      expect(fromCache.status, fromCache.stderr).toBe(0);
      expect(fromCache).toEqual(gen(uncached, `uncached-${style}`, style, fixtures()));
    }
    const refused = gen(cached, 'cached-all', 'runnable', [SHAPES]);
    expect(refused.stderr).toContain('warning: left out:');
    expect(refused).toEqual(gen(uncached, 'uncached-all', 'runnable', [SHAPES]));
    const broken = gen(cached, 'cached-broken', 'runnable', [join(ROOT, 'test', 'fixtures', 'invalid')]);
    expect(broken.status).toBe(2);
    expect(broken.stderr).toMatch(/^.*invalid\/missing-field\.yaml:\d+:\d+: /m);
    expect(broken).toEqual(gen(uncached, 'uncached-broken', 'runnable', [join(ROOT, 'test', 'fixtures', 'invalid')]));
  });

  it('runs an edited bundle as edited, never the code cache made from the older one', () => {
    const dir = copy();
    execFileSync(process.execPath, [join(dir, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
    const bundle = join(dir, 'dist', 'cli', 'snipgen.cjs');
    const source = readFileSync(bundle, 'utf8');
    expect(source).toContain('} written, ${');
    // The same length, which is all V8 checks of a source.
    writeFileSync(bundle, source.replace('} written, ${', '} WRITTEN, ${'));
    const edited = gen(dir, 'edited-bundle', 'runnable', [join(SHAPES, 'body-json.yaml')]);
    expect(edited.status, edited.stderr).toBe(0);
    expect(edited.stdout).toContain(' WRITTEN, ');
  });

  it('takes every built-in template from the build\'s prebuilt table, with the same output as compiling them', () => {
    const prebuilt = copy(true);
    const compiled = copy();
    for (const style of ['runnable', 'reference']) {
      const fromTable = gen(prebuilt, `prebuilt-${style}`, style, fixtures());
      expect(fromTable.status, fromTable.stderr).toBe(0);
      expect(fromTable).toEqual(gen(compiled, `compiled-${style}`, style, fixtures()));
    }
  });

  it('compiles and parses an edited template or descriptor as edited, never the table\'s older entry', () => {
    const dir = copy(true);
    const template = join(dir, 'clients', 'python', 'requests', 'runnable.hbs');
    writeFileSync(template, `${readFileSync(template, 'utf8')}# edited\n`);
    // Compiling is what the copy's Handlebars refuses: the edited template is not in the table.
    const edited = gen(dir, 'edited-template', 'runnable', [join(SHAPES, 'body-json.yaml')]);
    expect(edited.status).toBe(2);
    expect(edited.stderr).toContain('compiled at run time');
    writeFileSync(template, readFileSync(join(ROOT, 'clients', 'python', 'requests', 'runnable.hbs'), 'utf8'));
    const descriptor = join(dir, 'clients', 'python', 'requests', 'client.yaml');
    writeFileSync(descriptor, readFileSync(descriptor, 'utf8').replace(/^title: .*$/m, 'title: Edited title'));
    const cwd = join(work, 'edited-descriptor');
    mkdirSync(cwd);
    const run = spawnSync(process.execPath, [join(dir, 'bin', 'snipgen.cjs'), 'gen', '--clients', 'python/requests', '--out', 'out', join(SHAPES, 'body-json.yaml')], { cwd, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(readFileSync(join(cwd, 'out', 'body-json.md'), 'utf8')).toContain('Edited title');
  });
});
