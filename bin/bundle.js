// The CLI as one file (dist/cli/bundle/snipgen.cjs, made by scripts/bundle.mjs) with V8's code
// cache for it (dist/cli.cache): starting from it skips resolving, reading and compiling ~100
// modules one by one, which was most of a short run's time. Node 20 has no module compile cache,
// so the file is compiled here with vm.Script, which takes cached data.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { Module, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const BUNDLE = join(ROOT, 'dist', 'cli', 'bundle', 'snipgen.cjs');
export const CODE_CACHE = join(ROOT, 'dist', 'cli.cache');
/** Every file the bundle was made from, and the bundle and its cache, as they were when it was made. */
export const BUILD_RECORD = join(ROOT, 'dist', 'cli.json');

/**
 * The bundle's exports, or undefined when it must not be used: missing, or any file it was made
 * from (dist/src, the bundled packages) or it consists of has changed since, e.g. `tsc` rebuilt
 * dist/ and nobody bundled it again. The caller then runs dist/src as it is.
 */
export function loadBundle() {
  let record;
  try {
    record = JSON.parse(readFileSync(BUILD_RECORD, 'utf8'));
  } catch {
    return undefined;
  }
  let source, cachedData;
  try {
    source = readFileSync(BUNDLE, 'utf8');
    cachedData = readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
  // Checked after reading, so a build rewriting the bundle meanwhile (tests start one in a shared
  // tree) cannot hand over a half-written file: its time or content no longer matches.
  if (!record.files.every(unchanged)) return undefined;
  return runBundle(source, cachedData).exports;
}

/** Compiles and runs the bundle's source as a CommonJS module; `cachedData` that V8 rejects only costs the compile. */
export function runBundle(source, cachedData) {
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: BUNDLE, cachedData });
  const module = new Module(BUNDLE);
  module.filename = BUNDLE;
  module.paths = Module._nodeModulePaths(dirname(BUNDLE));
  module.loaded = true;
  script.runInThisContext().call(module.exports, module.exports, createRequire(BUNDLE), module, BUNDLE, dirname(BUNDLE));
  return { exports: module.exports, script };
}

/** A file's state for the build record. */
export function fileState(path) {
  const stat = statSync(join(ROOT, path));
  return { path, size: stat.size, mtimeMs: stat.mtimeMs, sha256: sha256(path) };
}

/** The same size and time as recorded, or the same content (a copy or an unpacked package has other times). */
function unchanged(file) {
  let stat;
  try {
    // Not path.join: normalising ~100 paths took longer than stat-ing them (the kernel resolves `..`).
    stat = statSync(`${ROOT}/${file.path}`);
  } catch {
    // An installed copy lacks some inputs the bundle carries inside it: a package npm placed
    // higher up (hoisted) and the build's scripts, which the package does not ship. Only a file
    // that is there and differs makes the bundle stale; dist/ must be there.
    return file.path.startsWith('node_modules/') || file.path.startsWith('scripts/');
  }
  return stat.size === file.size && (stat.mtimeMs === file.mtimeMs || sha256(file.path) === file.sha256);
}

function sha256(path) {
  return createHash('sha256').update(readFileSync(join(ROOT, path))).digest('hex');
}
