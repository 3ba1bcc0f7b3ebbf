// The CommonJS files every run starts from (the CLI bundle, the prebuilt clients, the schema
// validators: about 2.4 MB of JavaScript) are loaded with V8's code cache, made by the build
// after a sample run (scripts/code-cache.mjs), so a start deserialises their compiled code
// instead of parsing and compiling it again: cold start's largest cost (bench/README.md has the
// effect). V8 checks its own version and flags, but of the source only its length, so each cache
// carries the SHA-256 of the exact source it was made from: an edited file never runs stale code,
// it is compiled as if there were no cache. Nothing is written at run time.
import { isAscii } from 'node:buffer';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import vm from 'node:vm';
import { isWithin, packageRoot } from './paths.js';

export const CODE_CACHE_FOLDER = join('dist', 'code-cache');

/** What happened to a file's cache: used, none there (or made for another source), or refused by V8 (another V8 or flags). */
export type CacheUse = 'used' | 'none' | 'rejected';

interface Loaded {
  script: vm.Script;
  digest: Buffer;
  cacheFile: string | undefined;
  cache: CacheUse;
  exports: unknown;
}

// One registry per process: the CLI bundle carries its own copy of this module, and the build
// takes the caches of the files both copies loaded.
const REGISTRY = Symbol.for('snipgen.codeCache.loaded');
const loaded: Map<string, Loaded> = ((globalThis as Record<symbol, unknown>)[REGISTRY] ??= new Map()) as Map<string, Loaded>;

/** The cache file of `file` (absolute, inside the package), or undefined for a file outside it. */
export function codeCacheFile(file: string): string | undefined {
  const root = packageRoot();
  if (!isWithin(file, root)) return undefined;
  return join(root, CODE_CACHE_FOLDER, `${relative(root, file).split(sep).join('__')}.v8`);
}

/**
 * `require(file)` for a CommonJS file of this package, compiled with its code cache (`cacheFile`,
 * by default the build's) when that was made from the same source; once per process, as require
 * does.
 */
export function requireWithCodeCache(file: string, cacheFile = codeCacheFile(file)): unknown {
  const known = loaded.get(file);
  if (known) return known.exports;
  const source = readFileSync(file);
  const digest = createHash('sha256').update(source).digest();
  const cachedData = cacheFile === undefined ? undefined : matchingCache(cacheFile, digest);
  // The wrapper stays on the first line, so stack traces keep the file's own line numbers.
  // The bundle is ASCII (esbuild's default charset), and so are the tables today: ASCII decodes twice as fast.
  const text = source.toString(isAscii(source) ? 'latin1' : 'utf8');
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${text}\n})`, {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  const module = { exports: {} as unknown, filename: file, id: file, loaded: false };
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  module.loaded = true;
  loaded.set(file, { script, digest, cacheFile, cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used', exports: module.exports });
  return module.exports;
}

function matchingCache(cacheFile: string, digest: Buffer): Buffer | undefined {
  let cache: Buffer;
  try {
    cache = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  return cache.length > digest.length && cache.subarray(0, digest.length).equals(digest) ? cache.subarray(digest.length) : undefined;
}

/** Every file loaded through requireWithCodeCache in this process, with what happened to its cache. */
export function codeCacheUse(): Array<{ file: string; cache: CacheUse }> {
  return [...loaded].map(([file, { cache }]) => ({ file, cache }));
}

/**
 * Writes the cache of every file loaded so far: V8's compiled code as it stands, so functions a
 * sample run called are in it. For the build (scripts/code-cache.mjs), never a run.
 */
export function writeCodeCaches(): string[] {
  const written: string[] = [];
  for (const { script, digest, cacheFile } of loaded.values()) {
    if (!cacheFile) continue;
    mkdirSync(dirname(cacheFile), { recursive: true });
    writeFileSync(cacheFile, Buffer.concat([digest, script.createCachedData()]));
    written.push(cacheFile);
  }
  return written;
}
