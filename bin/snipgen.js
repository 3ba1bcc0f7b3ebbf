#!/usr/bin/env node
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

// The CLI bundle (scripts/bundle.mjs), unless tsc rebuilt dist/src after it was made: then the
// modules as they are, so a build step left out never runs stale code.
const bundle = new URL('../dist/cli/snipgen.cjs', import.meta.url);
const modified = (url) => {
  try {
    return statSync(url).mtimeMs;
  } catch {
    return undefined;
  }
};
const bundleTime = modified(bundle);
const fresh = bundleTime !== undefined && bundleTime >= (modified(new URL('../dist/src/cli.js', import.meta.url)) ?? 0);
const { main } = fresh ? createRequire(import.meta.url)(fileURLToPath(bundle)) : await import('../dist/src/cli.js');

// `snipgen list | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
