import { existsSync, mkdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { tail } from '../process.js';
import { requireTool } from '../toolchain.js';
import { javascriptRunner } from './javascript.js';
import type { Prepared, Runner, RunnerContext, Snippet } from './types.js';

/** The package a client's snippets import: its library, at the exact version its client.yaml names. */
const packageOf = (client: ClientDescriptor) => `${client.library.name}@${client.library.version}`;

/**
 * Node snippets that import a package from npm (javascript/axios). The package is installed once
 * into the runner's cache folder, and each snippet's folder gets a node_modules link to it: an
 * ES module resolves packages from the folders above it, never from NODE_PATH. The snippets are
 * then checked and run as the javascript runner does. When npm cannot install the package (no
 * network, no such version) its snippets are skipped with npm's reason.
 */
export const npmRunner: Runner = {
  language: 'npm',
  unavailable: async (client) =>
    (await javascriptRunner.unavailable(client)) ?? (await requireTool('npm', ['--version'], `npm, which installs ${packageOf(client)} (it comes with Node.js; on Debian's nodejs: apt-get install npm)`)),

  async prepare(snippets, ctx) {
    const prepared = new Map<Snippet, Prepared>();
    const byPackage = new Map<string, Snippet[]>();
    for (const s of snippets) byPackage.set(packageOf(s.client), [...(byPackage.get(packageOf(s.client)) ?? []), s]);
    const ready: Snippet[] = [];
    for (const [name, group] of byPackage) {
      const installed = await install(name, ctx);
      for (const s of group) {
        if ('skipped' in installed) prepared.set(s, installed);
        else {
          symlinkSync(installed.modules, join(s.dir, 'node_modules'), 'dir');
          ready.push(s);
        }
      }
    }
    for (const [s, p] of await javascriptRunner.prepare(ready, ctx)) prepared.set(s, p);
    return prepared;
  },
};

/**
 * `npm install` into a folder of the cache named by the package and version, made complete
 * under a temporary name and then renamed, so a run stopped halfway never leaves a partial
 * install that a later run would trust.
 */
async function install(name: string, ctx: RunnerContext): Promise<{ modules: string } | { skipped: string }> {
  const dir = join(ctx.cacheDir, name.replaceAll('/', '+'));
  const modules = join(dir, 'node_modules');
  if (existsSync(modules)) return { modules };
  ctx.status(`npm install ${name}`);
  const temp = `${dir}.${process.pid}.tmp`;
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  // --ignore-scripts: verify runs no install script of the package or its dependencies.
  const result = await ctx.exec('npm', ['install', '--no-audit', '--no-fund', '--no-package-lock', '--ignore-scripts', '--prefer-offline', '--prefix', temp, name], { cwd: temp });
  if (result.code !== 0) {
    rmSync(temp, { recursive: true, force: true });
    const why = tail(result, 4).filter((l) => l.startsWith('npm error') || l.startsWith('npm ERR')).slice(0, 2).join('; ');
    return { skipped: `npm could not install ${name}${why ? `: ${why}` : ` (exit ${result.code})`}` };
  }
  try {
    renameSync(temp, dir);
  } catch (e) {
    // Another verify run installed the same package meanwhile: its install serves this one.
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(modules)) throw e;
  }
  return { modules };
}
