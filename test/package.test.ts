import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

/** Installed size the issue set: the package and its runtime dependencies, in an empty project. */
const SIZE_GOAL_MB = 40;

const npm = (args: string[], cwd: string) => execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

function bytesUnder(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) total += bytesUnder(full);
    else if (entry.isFile()) total += statSync(full).size;
  }
  return total;
}

/**
 * What a docs team does: `npm pack` on a checkout with no dist/ (prepack must build it), then
 * `npm install --ignore-scripts` of the tarball into an empty project, then the CLI. The checkout
 * is a copy, so building it never touches the dist/ other test files run.
 */
describe('the npm package', () => {
  let work: string;
  let project: string;

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'snipgen-package-'));
    const checkout = join(work, 'checkout');
    for (const name of ['package.json', 'package-lock.json', 'tsconfig.json', 'README.md', 'bin', 'src', 'scripts', 'clients', 'schema']) {
      cpSync(join(ROOT, name), join(checkout, name), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(checkout, 'node_modules'), 'dir');
    npm(['pack', '--pack-destination', work], checkout);
    const tarball = readdirSync(work).find((f) => f.endsWith('.tgz'))!;
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'docs-site', version: '1.0.0', private: true }));
    npm(['install', '--ignore-scripts', join(work, tarball)], project);
  }, 300_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  const snipgen = (args: string[]) => execFileSync('npx', ['--no-install', 'snipgen', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it(`installs in under ${SIZE_GOAL_MB} MB with no native build`, () => {
    const mb = bytesUnder(join(project, 'node_modules')) / 2 ** 20;
    console.log(`installed size: ${mb.toFixed(1)} MB (goal: under ${SIZE_GOAL_MB} MB)`);
    expect(mb).toBeLessThan(SIZE_GOAL_MB);
    expect(existsSync(join(project, 'node_modules', 'snipgen', 'dist', 'cli', 'snipgen.cjs'))).toBe(true);
    // The build's code cache ships: the bundle, the prebuilt table and the validators start from it.
    expect(readdirSync(join(project, 'node_modules', 'snipgen', 'dist', 'code-cache')).sort()).toEqual(['dist__cli__snipgen.cjs.v8', 'dist__prebuilt.cjs.v8', 'schema__validators.cjs.v8']);
    expect(readdirSync(join(project, 'node_modules')).filter((name) => name.startsWith('tree-sitter-'))).toEqual([]);
  });

  it('runs: --version, init, gen, check', () => {
    expect(snipgen(['--version']).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    // As bin/snipgen.cjs starts: the shipped cache was made from the shipped bundle.
    const installed = join(project, 'node_modules', 'snipgen', 'dist', 'cli');
    const start = `const { requireWithCodeCache, codeCacheUse } = require(${JSON.stringify(join(installed, 'code-cache.cjs'))});
      requireWithCodeCache(${JSON.stringify(join(installed, 'snipgen.cjs'))});
      process.stdout.write(codeCacheUse()[0].cache);`;
    expect(execFileSync(process.execPath, ['-e', start], { encoding: 'utf8' })).toBe('used');
    snipgen(['init']);
    expect(snipgen(['gen'])).toMatch(/written/);
    expect(snipgen(['check'])).toMatch(/up to date/);
    expect(readdirSync(join(project, 'generated')).length).toBeGreaterThan(1);
  });

  it('checks the syntax of a user template with the grammars it ships', () => {
    mkdirSync(join(project, 'house', 'shell', 'curl'), { recursive: true });
    writeFileSync(join(project, 'house', 'shell', 'curl', 'runnable.hbs'), 'curl {{str url}} "unclosed\n');
    expect(() => snipgen(['gen', '--templates', 'house', '--clients', 'shell/curl', '-o', 'out-house'])).toThrow(/does not parse/);
    expect(existsSync(join(project, 'out-house'))).toBe(false);
  });
});
