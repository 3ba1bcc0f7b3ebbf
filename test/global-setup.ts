import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/**
 * CLI tests run bin/snipgen.js, which loads dist/. Emit it once, before any test file starts:
 * test files run in parallel, and one rebuilding dist/ while another runs the CLI would let
 * that CLI load a half-written module. Type errors are `npm test`'s first step (tsc) to report.
 * The CLI bundle is made again from this dist/ (as `npm run build` does), so the tests run the
 * CLI as users do; bin/ would fall back to dist/src rather than run a bundle older than dist/.
 * The syntax check reads the grammars the build keeps in dist/grammars.
 */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root, '--noCheck'], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'bundle.mjs')], { stdio: 'inherit' });
  execFileSync(process.execPath, [join(root, 'scripts', 'grammars.mjs')], { stdio: 'inherit' });
}
