import { execFileSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** The newest modification time of any file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

const modified = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;

/**
 * CLI tests run bin/snipgen.cjs, which loads dist/. Emit it once, before any test file starts:
 * test files run in parallel, and one rebuilding dist/ while another runs the CLI would let
 * that CLI load a half-written module. Type errors are `npm test`'s first step (tsc) to report.
 * The CLI bundle is made again from this dist/ (as `npm run build` does), so the tests run the
 * CLI as users do; bin/ would fall back to dist/src rather than run a bundle older than dist/.
 * The built-in clients' prebuilt table is made as the build makes it, so CLI tests take templates
 * from it as an installed snipgen does (an entry that no longer matches its file is never used).
 * The syntax check reads the grammars the build keeps in dist/grammars, and the CLI starts from
 * the build's code cache when it matches the bundle. When dist/ is already
 * newer than every source, nothing is rebuilt, so one test file starts in seconds.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  const sources = Math.max(newest(join(root, 'src')), modified(join(root, 'package.json')));
  const compiled = join(root, 'dist', 'src', 'cli.js');
  if (modified(compiled) <= sources) execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root, '--noCheck'], { stdio: 'inherit' });
  const prebuilt = join(root, 'dist', 'prebuilt.cjs');
  if (modified(prebuilt) <= Math.max(modified(compiled), newest(join(root, 'clients')))) execFileSync(process.execPath, [join(root, 'scripts', 'prebuild.mjs')], { stdio: 'inherit' });
  if (modified(join(root, 'dist', 'cli', 'snipgen.cjs')) <= modified(compiled)) execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'grammars.mjs')], { stdio: 'inherit' });
  if (modified(join(root, 'dist', 'code-cache')) <= Math.max(modified(join(root, 'dist', 'cli', 'snipgen.cjs')), modified(prebuilt))) execFileSync(process.execPath, [join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
}
