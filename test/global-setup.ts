import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/** CLI tests run bin/snipgen.js, which loads dist/: build it once so they never test stale code. */
export default function setup(): void {
  const root = join(import.meta.dirname, '..');
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', root], { stdio: 'inherit' });
}
