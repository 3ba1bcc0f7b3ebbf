// Part of `npm run build`, after tsc: bundles the CLI (dist/src/cli.js with the pure JavaScript
// packages every run loads) into one file, so a start reads and compiles one file instead of
// resolving ~100 modules (bench/README.md has the effect), and src/code-cache.ts into another,
// which bin/snipgen.cjs loads the bundle with. The library entry (`main`) stays dist/src.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));
export const BUNDLE = join(ROOT, 'dist', 'cli', 'snipgen.cjs');

const esbuild = await import('esbuild');
rmSync(join(ROOT, 'dist', 'cli'), { recursive: true, force: true });
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
// Bundled: what every run loads. The rest stays in node_modules, loaded by the commands that
// need it (some find their own files beside them: grammars, schemas, wasm).
const bundled = new Set(['yaml', 'commander', 'handlebars']);
const options = {
  absWorkingDir: ROOT,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external: Object.keys(manifest.dependencies ?? {}).filter((name) => !bundled.has(name)),
  // import.meta.url of the module code: the bundle's own URL (resolving packages, finding the package root).
  define: { 'import.meta.url': '__snipgenUrl' },
  banner: { js: `const __snipgenUrl = require('node:url').pathToFileURL(__filename).href;` },
  logLevel: 'warning',
};
await esbuild.build({ ...options, entryPoints: [join(ROOT, 'dist', 'src', 'cli.js')], outfile: BUNDLE });
await esbuild.build({ ...options, entryPoints: [join(ROOT, 'dist', 'src', 'code-cache.js')], outfile: join(ROOT, 'dist', 'cli', 'code-cache.cjs') });
