import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';
import { ROOT } from './support.js';

// The page in a real browser: Debian's chromium driven by puppeteer-core. CI installs chromium
// (the javascript/xhr and jquery clients' verify.apt name it); elsewhere these tests are skipped,
// and counted as skipped, with the reason in their name.
const CHROMIUM = '/usr/bin/chromium';
const hasPuppeteer = (() => {
  try {
    createRequire(import.meta.url).resolve('puppeteer-core');
    return true;
  } catch {
    return false;
  }
})();
const missing = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install chromium)` : !hasPuppeteer ? 'puppeteer-core is not installed' : '';
const when = missing ? ` (skipped: ${missing})` : '';
/** Where CI keeps the screenshot as an artifact. */
const SCREENSHOT = join(ROOT, 'artifacts', 'preview.png');

const work = mkdtempSync(join(tmpdir(), 'snipgen-preview-browser-'));
const CLIENTS = ['python/requests', 'go/net-http', 'shell/curl', 'swift/urlsession'];
type Browser = import('puppeteer-core').Browser;
type Page = import('puppeteer-core').Page;
let browser: Browser | undefined;

beforeAll(async () => {
  if (missing) return;
  const puppeteer = (await import('puppeteer-core')).default;
  browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

/** Writes a page with `snipgen preview` and opens it from disk; fails the test on any script error or dialog. */
async function open(args: string[], out: string): Promise<{ page: Page; url: string; problems: string[] }> {
  const result = await runCli(['preview', ...args, '-o', out]);
  expect(result.exitCode, result.stderr).toBe(0);
  const page = await browser!.newPage();
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`page error: ${(e as Error).message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  page.on('dialog', async (d) => {
    problems.push(`dialog: ${d.message()}`);
    await d.dismiss();
  });
  const url = pathToFileURL(join(out, 'preview.html')).href;
  await page.goto(url, { waitUntil: 'load' });
  return { page, url, problems };
}

/** The visible snippets of the page: which endpoint, which client, what code. */
const visible = (page: Page) =>
  page.$$eval('section.endpoint', (sections) =>
    sections.map((s) => {
      const shown = [...s.querySelectorAll<HTMLElement>('.snippet')].filter((el) => !el.hidden && el.offsetParent !== null);
      return { endpoint: s.getAttribute('data-endpoint'), clients: shown.map((el) => el.getAttribute('data-client')), code: shown.map((el) => el.querySelector('pre code')!.textContent) };
    }),
  );

describe('preview in headless Chromium', () => {
  it.skipIf(Boolean(missing))(`switches client on every endpoint, remembers it, copies the code, toggles dark mode${when}`, async () => {
    const out = join(work, 'shapes');
    const inputs = ['test/fixtures/shapes/auth-bearer.yaml', 'test/fixtures/shapes/body-json.yaml', 'test/fixtures/shapes/query-params.yaml'];
    const { page, url, problems } = await open([...inputs, '-c', CLIENTS.join(',')], out);
    await page.setViewport({ width: 1280, height: 900 });
    // What gen writes for the same inputs: the code the page must show.
    const gen = await runCli(['gen', ...inputs, '-c', CLIENTS.join(','), '-o', join(work, 'gen')]);
    expect(gen.exitCode, gen.stderr).toBe(0);
    const written = (endpoint: string, file: string) => readFileSync(join(work, 'gen', endpoint, file), 'utf8');

    const first = await visible(page);
    expect(first.map((s) => s.clients)).toEqual([['python/requests'], ['python/requests'], ['python/requests']]);
    expect(first[1]!.code[0]).toBe(written('body-json', 'python-requests.py'));

    await page.select('#client', 'go/net-http');
    const switched = await visible(page);
    expect(switched.map((s) => [s.endpoint, s.clients])).toEqual([
      ['auth-bearer', ['go/net-http']],
      ['body-json', ['go/net-http']],
      ['query-params', ['go/net-http']],
    ]);
    for (const s of switched) expect(s.code[0]).toBe(written(s.endpoint!, 'go-net-http.go'));

    // The choice is kept across a reload (localStorage). Chromium hands a page's storage writes to
    // its browser process asynchronously, so a reload at once, on a busy machine, can come first:
    // the page is reloaded until the choice is there, for at most five seconds.
    const chosen = () => page.$eval('#client', (el) => (el as HTMLSelectElement).value);
    for (let tries = 0; tries < 25; tries++) {
      await page.reload({ waitUntil: 'load' });
      if ((await chosen()) === 'go/net-http') break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await chosen()).toBe('go/net-http');
    expect((await visible(page)).map((s) => s.clients)).toEqual([['go/net-http'], ['go/net-http'], ['go/net-http']]);

    // Copy: the Clipboard API with permission granted; the clipboard then holds the snippet exactly.
    expect(url.startsWith('file://')).toBe(true);
    await browser!.defaultBrowserContext().overridePermissions('file://', ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const copy = 'section[data-endpoint="body-json"] .snippet[data-client="go/net-http"] button.copy';
    await page.click(copy);
    await page.waitForFunction((sel) => document.querySelector(sel)!.getAttribute('data-copied') !== null, {}, copy);
    expect(await page.$eval(copy, (b) => b.getAttribute('data-copied'))).toBe('yes');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(written('body-json', 'go-net-http.go'));

    // Dark mode: the toggle switches the page's colours and is remembered too.
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.click('#theme');
    expect(await page.$eval('html', (el) => el.getAttribute('data-theme'))).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.reload({ waitUntil: 'load' });
    expect(await page.$eval('html', (el) => el.getAttribute('data-theme'))).toBe('dark');

    await page.evaluate(() => window.scrollTo(0, 0));
    mkdirSync(join(ROOT, 'artifacts'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT as `${string}.png`, fullPage: false });
    expect(readFileSync(SCREENSHOT).subarray(1, 4).toString()).toBe('PNG');
    expect(problems).toEqual([]);
    await page.close();
  });

  it.skipIf(Boolean(missing))(`runs no script from a hostile title or snippet, and shows it as text${when}`, async () => {
    const spec = join(work, 'hostile.yaml');
    writeFileSync(spec, ['id: hostile', `title: ${JSON.stringify('</script><script>alert(1)</script>')}`, 'method: POST', 'baseUrl: https://api.example.com', 'path: /x', 'body:', `  text: ${JSON.stringify('<img src=x onerror=alert(2)>')}`, ''].join('\n'));
    const { page, problems } = await open([spec, '-c', 'shell/curl'], join(work, 'hostile'));
    expect(await page.$eval('section h2', (h) => h.textContent)).toBe('</script><script>alert(1)</script>');
    expect(await page.$$eval('img', (imgs) => imgs.length)).toBe(0);
    expect(await page.$eval('pre code', (c) => c.textContent)).toContain('<img src=x onerror=alert(2)>');
    expect(problems).toEqual([]);
    await page.close();
  });
});
