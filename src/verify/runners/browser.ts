import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGE_PREFIX } from '../capture.js';
import { requireTool } from '../toolchain.js';
import type { ForkHost } from '../fork-host.js';
import { BROWSER_HOST } from './browser-host.js';
import { checkThenRun, writeSnippets } from './shared.js';
import type { Runner, Snippet } from './types.js';

const CHROMIUM = '/usr/bin/chromium';
const NODE = process.execPath;
/** Debian's libjs-jquery, loaded by the page of a client that names it in verify.requires. */
const JQUERY = '/usr/share/javascript/jquery/jquery.min.js';

/** Parses every snippet as a classic script (what a page's `<script src>` runs) in one Node process. */
const CHECK = `
const vm = require('node:vm');
const fs = require('node:fs');
let bad = 0;
for (const file of process.argv.slice(1)) {
  try {
    new vm.Script(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    bad = 1;
    console.error(file + ': ' + e.message);
  }
}
process.exit(bad);
`;

/**
 * The page a snippet runs in: console output goes into #output, which the browser host reads, and
 * process.env holds the secrets a bundler would put there.
 */
function page(s: Snippet, scripts: string[]): string {
  const env = JSON.stringify({ env: s.env }).replace(/</g, '\\u003c');
  return `<!doctype html>
<meta charset="utf-8">
<pre id="output"></pre>
<script>
window.process = ${env};
const output = document.getElementById('output');
for (const name of ['log', 'error']) console[name] = (...args) => { output.textContent += args.join(' ') + '\\n'; };
window.addEventListener('error', (e) => { output.textContent += 'uncaught: ' + e.message + '\\n'; });
</script>
${scripts.map((src) => `<script src="${src}"></script>`).join('\n')}
`;
}

/**
 * Runs each snippet in headless Chromium, from a page on the capture server's own origin (the
 * snippet's port), so no CORS rule applies and the browser adds what it adds on a same-origin
 * request. One Chromium serves every snippet, each page in a browser context of its own
 * (browser-host.ts); one Chromium per snippet took about 2 s of CPU each.
 */
export const browserRunner: Runner = {
  language: 'browser',
  servesPages: true,
  unavailable: () => requireTool(CHROMIUM, ['--version'], 'Chromium (apt-get install chromium)'),

  prepare(snippets, ctx) {
    const files = writeSnippets(snippets, () => 'main.js');
    for (const s of snippets) {
      const jquery = s.client.verify.requires.some((r) => r.file === JQUERY);
      if (jquery && existsSync(JQUERY)) copyFileSync(JQUERY, join(s.dir, 'jquery.min.js'));
      writeFileSync(join(s.dir, 'page.html'), page(s, [...(jquery ? ['jquery.min.js'] : []), 'main.js']));
    }
    let host: ForkHost | undefined;
    const browser = () => {
      if (host) return host;
      const script = join(ctx.workDir, 'browser-host.cjs');
      writeFileSync(script, BROWSER_HOST);
      const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${join(ctx.workDir, 'chromium-profile')}`];
      return (host = ctx.forkHost(NODE, [script, CHROMIUM, ...flags]));
    };
    return checkThenRun(files, { what: 'syntax check', command: NODE, args: ['-e', CHECK] }, ctx, (s) => [
      { stage: 'run', command: CHROMIUM, args: [new URL(`${PAGE_PREFIX}page.html`, s.endpoint.baseUrl).href], host: browser() },
    ]);
  },
};
