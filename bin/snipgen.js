#!/usr/bin/env node
import { loadBundle } from './bundle.js';

// The bundle when it is up to date with dist/ (see bundle.js), else dist/ module by module.
const { main } = loadBundle() ?? (await import('../dist/src/cli.js'));

// `snipgen list | head` closes the pipe early; that is the reader's choice, not an error.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
process.exitCode = await main(process.argv.slice(2));
