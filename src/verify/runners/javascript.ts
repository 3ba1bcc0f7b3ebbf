import { requireTool } from '../toolchain.js';
import { needsOwnNode, nodeHosts } from './node-host.js';
import { checkThenRun, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** The Node running snipgen (20+, with fetch). */
const NODE = process.execPath;

/**
 * `node --check` for many files in one process: each file parsed as an ES module; only a broken
 * one gets its own `node --check`, for the message with line and caret.
 */
const CHECK = `
const vm = require('node:vm');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');
let bad = 0;
for (const file of process.argv.slice(1)) {
  try {
    new vm.SourceTextModule(fs.readFileSync(file, 'utf8'), { identifier: file });
  } catch (e) {
    bad = 1;
    console.error(file + ': ' + e.message);
    console.error(spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' }).stderr);
  }
}
process.exit(bad);
`;

export const javascriptRunner: Runner = {
  language: 'javascript',
  unavailable: () => requireTool(NODE, ['--version'], 'Node.js'),

  prepare(snippets, ctx) {
    // .mjs: snippets (and the reference page's fragments) use top-level await, which needs a module.
    const files = writeSnippets(snippets, () => 'main.mjs');
    // Each run in a worker thread of a Node host (node-host.ts), but for what a worker cannot run as `node FILE` would.
    const hosts = nodeHosts(ctx, NODE);
    return checkThenRun(files, { what: 'syntax check', command: NODE, args: ['--no-warnings', '--experimental-vm-modules', '-e', CHECK] }, ctx, (s, file) => [
      { stage: 'run', command: NODE, args: [file], host: needsOwnNode(s.code) ? undefined : hosts },
    ]);
  },
};
