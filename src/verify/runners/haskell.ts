import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sha256 } from '../expected.js';
import { attribute, probe, requireTool, which } from '../toolchain.js';
import { failureCache, knownToBuildCache } from './shared.js';
import type { Prepared, Runner, Snippet } from './types.js';

/** Dynamic linking: a static http-conduit program is 35 MB and links for many seconds. */
const GHC_FLAGS = ['-dynamic', '-O0'];

/**
 * The snippet as a module of its own name that is still the program's entry point: GHC 9.0
 * compiles many modules in one `ghc --make`, but only if they are not all called Main. The
 * pragma joins the first line and the header takes the blank line before the imports, so
 * compiler errors keep the snippet's line numbers.
 */
function asModule(code: string, name: string): string {
  const lines = code.split('\n');
  const pragma = `{-# OPTIONS_GHC -main-is ${name} #-}`;
  const header = `module ${name} (main) where`;
  const first = lines.findIndex((l) => l.trim() !== '' && !l.startsWith('{-#'));
  if (first < 0) return [pragma, header, ...lines].join('\n');
  if (first > 0 && lines[first - 1]!.trim() === '') lines[first - 1] = header;
  else lines.splice(first, 0, header);
  if (lines[0]!.startsWith('{-#')) lines[0] = `${lines[0]} ${pragma}`;
  else lines.unshift(pragma);
  return lines.join('\n');
}

export const haskellRunner: Runner = {
  language: 'haskell',
  unavailable: () => requireTool('ghc', ['--version'], 'Haskell compiler (ghc)'),

  /**
   * One `ghc --make -no-link -fkeep-going` compiles every new snippet (the package database is
   * read once), then each is linked on the pool. Binaries and compiler errors are cached by the
   * hash of compiler and source.
   */
  async prepare(snippets, ctx) {
    const ghc = which('ghc')!;
    const version = (await probe(ghc, ['--version'])).stdout.trim();
    const src = join(ctx.cacheDir, 'src');
    const build = join(ctx.cacheDir, 'build');
    const bin = join(ctx.cacheDir, 'bin');
    for (const dir of [src, build, bin]) mkdirSync(dir, { recursive: true });

    const prepared = new Map<Snippet, Prepared>();
    const todo = new Map<string, Snippet>();
    for (const s of snippets) {
      writeFileSync(join(s.dir, 'Main.hs'), s.code);
      const name = `S${sha256(Buffer.from(`${version}\0${s.code}`)).slice(0, 24)}`;
      const binary = join(bin, name);
      if (knownToBuildCache(prepared, s, { steps: [{ stage: 'run', command: binary, args: [] }] }, binary, binary, 'ghc failed')) continue;
      todo.set(name, s);
      writeFileSync(join(src, `${name}.hs`), asModule(s.code, name));
    }
    if (!todo.size) return prepared;

    const fail = (name: string, detail: string[], cache: boolean) => {
      if (cache) failureCache.write(join(bin, name), detail);
      prepared.set(todo.get(name)!, { failed: 'ghc failed', detail });
    };
    ctx.status(`ghc --make (${todo.size})`);
    const files = [...todo.keys()].map((name) => join(src, `${name}.hs`));
    const compile = await ctx.exec(ghc, ['--make', '-no-link', '-fkeep-going', '-j2', ...GHC_FLAGS, '-outputdir', build, ...files], { cwd: ctx.cacheDir, timeoutMs: 30 * 60_000 });
    const errors = attribute(`${compile.stdout}\n${compile.stderr}`, new Map([...todo.keys()].map((name) => [`${name}.hs:`, name])));
    const linkable = [...todo.keys()].filter((name) => {
      if (existsSync(join(build, `${name}.dyn_o`)) || existsSync(join(build, `${name}.o`))) return !errors.get(name)?.some((l) => l.includes('error'));
      fail(name, errors.get(name) ?? [compile.spawnError ?? '', compile.stderr].filter(Boolean), errors.has(name));
      return false;
    });
    ctx.status(`ghc link (${linkable.length})`);
    await Promise.all(
      linkable.map(async (name) => {
        const link = await ctx.exec(ghc, ['--make', ...GHC_FLAGS, '-outputdir', build, '-main-is', name, join(src, `${name}.hs`), '-o', join(bin, name)], { cwd: ctx.cacheDir });
        if (link.code !== 0 || !existsSync(join(bin, name))) fail(name, [link.spawnError ?? '', link.stderr, link.stdout].filter(Boolean), link.code !== 0 && !link.spawnError);
      }),
    );
    return prepared;
  },
};
