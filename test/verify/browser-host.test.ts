import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForkHost } from '../../src/verify/fork-host.js';
import { BROWSER_HOST } from '../../src/verify/runners/browser-host.js';
import { requireTool } from '../../src/verify/toolchain.js';

/**
 * The browser host (src/verify/runners/browser-host.ts) serves every browser snippet from one
 * Chromium: each page must see nothing another page left, a page must be read once its requests
 * are answered, and a page that hangs must end at its deadline without ending the host.
 */
const CHROMIUM = '/usr/bin/chromium';
const missing = await requireTool(CHROMIUM, ['--version'], 'Chromium (apt-get install chromium)');

/** Pages by path; `/slow` answers after 300 ms, `/never` not at all. */
const PAGES: Record<string, string> = {
  '/fetch.html': `fetch('/slow').then((r) => r.text()).then((t) => console.log('answer', t));`,
  '/store.html': `document.cookie = 'left=1'; localStorage.setItem('left', '1'); console.log('stored');`,
  '/read.html': `console.log('cookie=' + document.cookie, 'storage=' + localStorage.getItem('left'));`,
  '/hang.html': `fetch('/never').then(() => console.log('answered'));`,
};

describe.skipIf(missing)(`the browser host${missing ? ` (skipped: ${missing})` : ''}`, () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-browser-host-'));
  let server: Server;
  let origin = '';
  let host: ForkHost;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const script = PAGES[req.url ?? ''];
      if (script !== undefined) {
        res.setHeader('content-type', 'text/html; charset=utf-8');
        res.end(`<!doctype html><pre id="output"></pre><script>const o = document.getElementById('output'); console.log = (...a) => { o.textContent += a.join(' ') + '\\n'; }; ${script}</script>`);
      } else if (req.url === '/slow') setTimeout(() => res.end('late'), 300);
      else if (req.url !== '/never') res.writeHead(404).end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const script = join(work, 'browser-host.cjs');
    writeFileSync(script, BROWSER_HOST);
    const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-extensions', `--user-data-dir=${join(work, 'profile')}`];
    host = new ForkHost(process.execPath, [script, CHROMIUM, ...flags], { PATH: process.env.PATH }, work);
  });

  afterAll(async () => {
    await host?.close();
    server?.closeAllConnections();
    server?.close();
    rmSync(work, { recursive: true, force: true });
  });

  let runs = 0;
  const open = (path: string, timeoutMs = 30_000) => {
    const cwd = join(work, `run${++runs}`);
    mkdirSync(cwd);
    return host.run(`${origin}${path}`, { cwd, env: { PATH: process.env.PATH! }, timeoutMs });
  };

  it('reads a page once its requests are answered: what it printed, status 0', async () => {
    expect(await open('/fetch.html')).toMatchObject({ code: 0, timedOut: false, stdout: 'answer late\n', stderr: '' });
  }, 60_000);

  it('gives every page a browser context of its own: no cookie or storage of one reaches the next', async () => {
    expect((await open('/store.html')).stdout).toBe('stored\n');
    expect((await open('/read.html')).stdout).toBe('cookie= storage=null\n');
  }, 60_000);

  it('runs pages side by side, each with its own output', async () => {
    const results = await Promise.all([open('/fetch.html'), open('/read.html'), open('/fetch.html')]);
    expect(results.map((r) => r.stdout)).toEqual(['answer late\n', 'cookie= storage=null\n', 'answer late\n']);
  }, 60_000);

  it('ends a page that waits for ever at its deadline, and goes on serving', async () => {
    expect(await open('/hang.html', 1_500)).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL' });
    expect((await open('/fetch.html')).stdout).toBe('answer late\n');
  }, 60_000);

  it('fails a page that does not load, with the reason', async () => {
    // A port that was free a moment ago: nothing listens on it.
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((resolve) => closed.close(resolve));
    const result = await host.run(`http://127.0.0.1:${port}/page.html`, { cwd: work, env: { PATH: process.env.PATH! }, timeoutMs: 30_000 });
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^the page did not load: net::ERR_CONNECTION_REFUSED/);
  }, 60_000);
});
