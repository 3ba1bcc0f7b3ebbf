#!/usr/bin/env node
// CommonJS, so a start needs no ES module loader. It runs the CLI bundle (scripts/bundle.mjs)
// with the build's code cache (src/code-cache.ts), unless tsc rebuilt dist/src after the bundle
// was made: then the modules as they are, so a build step left out never runs stale code.
'use strict';
const { statSync } = require('node:fs');
const { join } = require('node:path');

const dist = join(__dirname, '..', 'dist');
const modified = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;
const bundle = join(dist, 'cli', 'snipgen.cjs');
const loader = join(dist, 'cli', 'code-cache.cjs');
const bundleTime = Math.min(modified(bundle) ?? -1, modified(loader) ?? -1);
const fresh = bundleTime >= 0 && bundleTime >= (modified(join(dist, 'src', 'cli.js')) ?? 0);

// `snipgen list | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const cli = fresh ? Promise.resolve(require(loader).requireWithCodeCache(bundle)) : import('../dist/src/cli.js');
cli.then(({ main }) => main(process.argv.slice(2))).then((code) => {
  process.exitCode = code;
});
