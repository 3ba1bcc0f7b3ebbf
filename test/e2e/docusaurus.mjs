#!/usr/bin/env node
// End-to-end check of snipgen's Docusaurus output, outside the unit tests (run by .ci/run):
//   1. the site's prism.additionalLanguages is exactly what the clients' fences need, and the
//      README shows the same line;
//   2. snipgen gen writes the mdx-docusaurus pages of specs/ (both styles) into the site, and
//      --docs fills the marker regions of the hand-written pages in test/e2e/docusaurus/docs-src;
//   3. `docusaurus build` builds the site;
//   4. Chromium loads every page, clicks every tab, and every code block shown must carry Prism
//      highlighting (a token other than plain text). A per-language table is printed; the exit
//      code is 1, naming the languages, when one is not highlighted or has no Prism grammar.
//
// Usage: node test/e2e/docusaurus.mjs [--no-build]
//   Installs the site (npm ci) when its node_modules is missing. Builds snipgen first (npm run
//   build) unless --no-build. Needs /usr/bin/chromium (Debian's chromium package).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import puppeteer from 'puppeteer-core';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SITE = join(ROOT, 'test', 'e2e', 'docusaurus');
const DOCS = join(SITE, 'docs');
const BUILD = join(SITE, 'build');
const CHROMIUM = '/usr/bin/chromium';
const started = Date.now();
const failures = [];

function step(message) {
  console.log(`\n== ${message} (${((Date.now() - started) / 1000).toFixed(0)}s)`);
}

function run(command, args, cwd) {
  console.log(`$ ${[command, ...args].join(' ')}${cwd === ROOT ? '' : `   (in ${relative(ROOT, cwd)})`}`);
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`docusaurus e2e: ${command} ${args.join(' ')} failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}

// ---- 0. snipgen and the site installed ------------------------------------------------------
if (!process.argv.includes('--no-build')) {
  step('building snipgen');
  run('npm', ['run', '-s', 'build'], ROOT);
}
if (!existsSync(join(SITE, 'node_modules', '@docusaurus', 'core'))) {
  step('installing the Docusaurus site');
  run('npm', ['ci', '--no-audit', '--no-fund'], SITE);
}
if (!existsSync(CHROMIUM)) {
  console.error(`docusaurus e2e: ${CHROMIUM} is missing (apt-get install chromium)`);
  process.exit(1);
}

// ---- 1. prism.additionalLanguages -----------------------------------------------------------
step('prism.additionalLanguages');
const siteRequire = createRequire(join(SITE, 'package.json'));
const { Prism: bundledPrism } = siteRequire('prism-react-renderer');
const components = JSON.parse(readFileSync(siteRequire.resolve('prismjs/components.json'), 'utf8')).languages;
const aliasesOf = (id) => [id, ...[components[id]?.alias ?? []].flat()];
const grammarOf = (fence) => Object.keys(components).find((id) => id !== 'meta' && aliasesOf(id).includes(fence));
const bundled = (id) => aliasesOf(id).some((name) => typeof bundledPrism.languages[name] === 'object');

/** client id -> fence, from every clients/<language>/<client>/client.yaml. */
const fences = new Map();
for (const language of readdirSync(join(ROOT, 'clients'))) {
  const dir = join(ROOT, 'clients', language);
  if (!statSync(dir).isDirectory()) continue;
  for (const client of readdirSync(dir)) {
    const file = join(dir, client, 'client.yaml');
    if (existsSync(file)) fences.set(`${language}/${client}`, parseYaml(readFileSync(file, 'utf8')).fence);
  }
}
const noGrammar = [...new Set([...fences.values()].filter((fence) => !grammarOf(fence)))].sort();
const needed = [];
// Docusaurus loads markup-templating itself for php; every other requirement is named.
const requires = (id) => [components[id].require ?? []].flat().filter((r) => !bundled(r) && !(id === 'php' && r === 'markup-templating'));
const need = (id) => {
  // A component's requirements load first (crystal extends ruby), unless prism-react-renderer has them.
  for (const required of requires(id)) need(required);
  if (!bundled(id) && !needed.includes(id)) needed.push(id);
};
for (const fence of [...new Set(fences.values())].sort()) if (grammarOf(fence)) need(grammarOf(fence));
// Alphabetical, each requirement just before the first language that needs it.
const ordered = [];
for (const id of [...needed].sort()) {
  for (const required of requires(id)) if (!ordered.includes(required)) ordered.push(required);
  if (!ordered.includes(id)) ordered.push(id);
}
const configText = readFileSync(join(SITE, 'docusaurus.config.js'), 'utf8');
const configLine = /^\s*(additionalLanguages: \[.*\],)$/m.exec(configText)?.[1];
const expectedLine = `additionalLanguages: [${ordered.map((id) => `'${id}'`).join(', ')}],`;
console.log(`client fences: ${[...new Set(fences.values())].sort().join(' ')}`);
console.log(`bundled by prism-react-renderer: ${[...new Set(fences.values())].filter((f) => grammarOf(f) && bundled(grammarOf(f))).sort().join(' ')}`);
console.log(`needed: ${expectedLine}`);
if (configLine !== expectedLine) {
  failures.push(`docusaurus.config.js has\n    ${configLine ?? '(no additionalLanguages line)'}\n  and the clients need\n    ${expectedLine}`);
}
if (!readFileSync(join(ROOT, 'README.md'), 'utf8').includes(expectedLine)) {
  failures.push(`README.md does not show the line\n    ${expectedLine}`);
}
if (noGrammar.length) console.log(`fences Prism has no grammar for (shown as plain text): ${noGrammar.join(', ')}`);

// ---- 2. snipgen writes the pages --------------------------------------------------------------
step('snipgen gen into the site');
rmSync(DOCS, { recursive: true, force: true });
rmSync(BUILD, { recursive: true, force: true });
cpSync(join(SITE, 'docs-src'), DOCS, { recursive: true });
const snipgen = (...args) => run(process.execPath, [join(ROOT, 'bin', 'snipgen.cjs'), 'gen', ...args], ROOT);
const rel = (path) => relative(ROOT, path);
snipgen('specs', '--out', rel(join(DOCS, 'runnable')), '--format', 'mdx-docusaurus', '--docs', rel(join(DOCS, 'regions')));
snipgen('specs', '--out', rel(join(DOCS, 'reference')), '--format', 'mdx-docusaurus', '--style', 'reference');
// The regions really were filled (a page left as it was would pass the browser check with no code).
for (const page of readdirSync(join(DOCS, 'regions'))) {
  const before = readFileSync(join(SITE, 'docs-src', 'regions', page), 'utf8');
  if (readFileSync(join(DOCS, 'regions', page), 'utf8') === before) failures.push(`--docs left regions/${page} unfilled`);
}

// ---- 3. docusaurus build ----------------------------------------------------------------------
step('docusaurus build');
run('npx', ['--no-install', 'docusaurus', 'build'], SITE);

// ---- 4. Chromium -------------------------------------------------------------------------------
step('Chromium: every tab of every page');
const pages = [];
(function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(path);
    else if (/\.mdx?$/.test(entry.name) && entry.name !== 'index.md') pages.push('/' + relative(DOCS, path).split(sep).join('/').replace(/\.mdx?$/, ''));
  }
})(DOCS);
pages.sort();

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.ico': 'image/x-icon' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^([/\\])+/, '');
  const candidates = [path, join(path, 'index.html'), `${path}.html`].map((p) => join(BUILD, p));
  const file = candidates.find((p) => p.startsWith(BUILD) && existsSync(p) && statSync(p).isFile());
  res.writeHead(file ? 200 : 404, { 'content-type': TYPES[extname(file ?? '.html')] ?? 'application/octet-stream' });
  res.end(readFileSync(file ?? join(BUILD, '404.html')));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

/** language -> { blocks, highlighted, kinds: Set, where: Set } */
const languages = new Map();
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox'] });
try {
  for (const route of pages) {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    const response = await page.goto(origin + route, { waitUntil: 'networkidle0' });
    if (!response?.ok()) {
      failures.push(`${route}: HTTP ${response?.status()}`);
      await page.close();
      continue;
    }
    // Every code block gets an id; after each tab click the visible ones are examined.
    const total = await page.$$eval('pre code', (codes) => codes.map((code, i) => code.setAttribute('data-e2e', String(i))).length);
    const seen = new Map();
    const look = async (tab) => {
      const blocks = await page.$$eval('pre code', (codes) =>
        codes
          .filter((code) => code.checkVisibility())
          .map((code) => {
            const pre = code.closest('pre');
            const container = code.closest('[class*="language-"]');
            const language = [...(pre.classList ?? []), ...(container?.classList ?? [])].find((c) => c.startsWith('language-'))?.slice('language-'.length) ?? '(none)';
            const kinds = [...code.querySelectorAll('.token')].flatMap((t) => [...t.classList]).filter((c) => c !== 'token' && c !== 'plain' && !c.startsWith('token-'));
            return { id: code.getAttribute('data-e2e'), language, kinds: [...new Set(kinds)] };
          }),
      );
      for (const block of blocks) if (!seen.has(block.id)) seen.set(block.id, { ...block, tab });
    };
    await look('(shown on load)');
    const tabs = await page.$$('[role="tab"]');
    for (const tab of tabs) {
      const label = (await tab.evaluate((t) => t.textContent.trim())) || '(unlabelled tab)';
      // Centred: scrolled to the top, a tab sits under Docusaurus' sticky navbar, which takes the click.
      await tab.evaluate((t) => t.scrollIntoView({ block: 'center' }));
      await tab.click();
      await page.waitForFunction((t) => t.getAttribute('aria-selected') === 'true', { timeout: 10_000 }, tab).catch(() => failures.push(`${route}: tab "${label}" did not open`));
      await look(label);
    }
    const text = await page.$eval('article', (a) => a.innerText).catch(() => '');
    if (/snipgen:(start|end)/.test(text)) failures.push(`${route}: a snipgen marker shows as text`);
    if (total === 0) failures.push(`${route}: no code blocks`);
    if (seen.size !== total) failures.push(`${route}: ${total - seen.size} of ${total} code blocks never shown, whatever tab was clicked`);
    if (route.endsWith('/docusaurus/create-key') && tabs.length !== fences.size) failures.push(`${route}: ${tabs.length} tabs for ${fences.size} clients`);
    if (errors.length) failures.push(`${route}: page errors: ${errors.join('; ')}`);
    console.log(`${route}: ${total} code blocks, ${tabs.length} tabs, ${seen.size} blocks seen`);
    for (const block of seen.values()) {
      const entry = languages.get(block.language) ?? { blocks: 0, highlighted: 0, kinds: new Set(), where: new Set() };
      entry.blocks++;
      if (block.kinds.length) entry.highlighted++;
      else entry.where.add(`${route} ${block.tab}`);
      block.kinds.forEach((k) => entry.kinds.add(k));
      languages.set(block.language, entry);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}

// ---- Report ------------------------------------------------------------------------------------
const clientsOf = (language) => [...fences].filter(([, fence]) => fence === language).map(([id]) => id);
const rows = [...new Set([...fences.values(), ...languages.keys()])].sort().map((language) => {
  const entry = languages.get(language);
  const grammar = grammarOf(language);
  const status = !grammar ? 'NO PRISM GRAMMAR' : !entry ? 'NOT SHOWN' : entry.highlighted === entry.blocks ? 'highlighted' : 'NOT HIGHLIGHTED';
  return [language, grammar ? (bundled(grammar) ? `${grammar} (bundled)` : grammar) : '-', entry ? `${entry.highlighted}/${entry.blocks}` : '0/0', status, entry ? [...entry.kinds].sort().slice(0, 6).join(' ') : '', clientsOf(language).join(' ')];
});
const header = ['fence', 'Prism grammar', 'blocks', 'result', 'token kinds (first 6)', 'clients'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
step('highlighting by language');
console.log([line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n'));

const bad = rows.filter((r) => r[3] !== 'highlighted');
for (const [language, , , status] of bad) {
  const where = languages.get(language)?.where;
  failures.push(`${language}: ${status}${where?.size ? ` (${[...where].slice(0, 3).join('; ')})` : ''}`);
}
console.log(`\ndocusaurus e2e: ${pages.length} pages, ${rows.length} languages, ${((Date.now() - started) / 1000).toFixed(0)}s`);
if (failures.length) {
  console.error(`\ndocusaurus e2e FAILED:\n${failures.map((f) => `  - ${f}`).join('\n')}`);
  if (bad.length) console.error(`languages not highlighted: ${bad.map((r) => r[0]).join(', ')}`);
  process.exit(1);
}
console.log('docusaurus e2e: every code block of every language is highlighted');
