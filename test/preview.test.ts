import { request } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { availableClients, type ClientDescriptor } from '../src/clients/index.js';
import { servePreview } from '../src/commands/preview-serve.js';
import { grammarFor } from '../src/output/highlight.js';
import { planOutput } from '../src/output/plan.js';
import { previewPage, type PreviewOptions } from '../src/output/preview.js';
import { loadRun } from '../src/pipeline.js';
import type { VerifyRecord } from '../src/verify/last-run.js';
import { runCli } from './cli-support.js';
import { SHAPES } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'snipgen-preview-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const HOSTILE_TITLE = '</script><script>alert(1)</script>';
const hostileSpec = join(work, 'hostile.yaml');
writeFileSync(
  hostileSpec,
  [
    'id: hostile-title',
    `title: ${JSON.stringify(HOSTILE_TITLE)}`,
    `description: ${JSON.stringify('<img src=x onerror=alert(2)> & "quotes" \'single\' </pre></code>')}`,
    'method: POST',
    'baseUrl: https://api.example.com',
    'path: /items',
    'body:',
    `  text: ${JSON.stringify('</script><script>alert(3)</script> <!-- --> ]]> &amp;')}`,
    '',
  ].join('\n'),
);

function page(inputs: string[], options: Partial<PreviewOptions> = {}, clients?: string[]) {
  const run = loadRun({ inputs, out: join(work, 'unused'), style: 'runnable', clients });
  const plan = planOutput(run.endpoints, run.clients, run.renderer, { formats: [], warnings: [] });
  return { ...previewPage(plan.rendered, run.clients, { style: 'runnable', ...options }), rendered: plan.rendered, clients: run.clients };
}

/** The text an HTML fragment shows: tags dropped, character references decoded. */
function text(html: string): string {
  const named: Record<string, string> = { lt: '<', gt: '>', quot: '"', amp: '&', apos: "'" };
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:#(\d+)|#x([0-9a-f]+)|(lt|gt|quot|amp|apos));/gi, (_m, dec, hex, name) => (name ? named[name]! : String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16))));
}

/** Each snippet block of the page: its client and the code it shows. */
function blocks(html: string): Array<{ endpoint: string; client: string; code: string; bar: string }> {
  const found: Array<{ endpoint: string; client: string; code: string; bar: string }> = [];
  for (const section of html.split('<section class="endpoint"').slice(1)) {
    const endpoint = /data-endpoint="([^"]*)"/.exec(section)![1]!;
    for (const m of section.matchAll(/<div class="snippet" data-client="([^"]*)">\n(<div class="bar">.*?<\/div>)\n<pre><code[^>]*>([\s\S]*?)<\/code><\/pre>/g)) {
      found.push({ endpoint, client: text(m[1]!), bar: m[2]!, code: text(m[3]!) });
    }
  }
  return found;
}

describe('preview page', () => {
  const shapes = page([SHAPES]);

  it('lists every endpoint × client, each showing exactly the snippet gen writes', () => {
    const expected = shapes.rendered.flatMap(({ endpoint, snippets }) => snippets.map(({ client, code }) => ({ endpoint: endpoint.id, client: client.id, code })));
    expect(expected.length).toBeGreaterThan(30 * 40);
    expect(blocks(shapes.html).map(({ endpoint, client, code }) => ({ endpoint, client, code }))).toEqual(expected);
    const options = [...shapes.html.matchAll(/<option value="([^"]*)">/g)].map((m) => text(m[1]!));
    expect(options).toEqual(shapes.clients.map((c) => c.id));
  });

  it('shows each client\'s install line (or that there is nothing to install)', () => {
    const bars = blocks(shapes.html);
    for (const client of shapes.clients) {
      const bar = bars.find((b) => b.client === client.id)!.bar;
      expect(text(bar)).toContain(client.library.install ?? 'nothing to install');
    }
  });

  it('is self-contained: no external URL in src or href, no stylesheet or script file, a policy that allows no network', () => {
    // Text is escaped, so every `<` starts a real tag; a snippet's own `<script src=...>` is text.
    const tags = [...shapes.html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]);
    const refs = tags.flatMap((tag) => [...tag.matchAll(/\s(src|href|action|srcset|poster)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)/gi)].map((m) => m[2]!.replace(/^["']|["']$/g, '')));
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^(#|data:)/);
    expect(tags.filter((tag) => /^<(script|link|iframe|img|object|embed)\b/i.test(tag) && !/^<link rel="icon" href="data:,">$/.test(tag))).toEqual(['<script>']);
    expect(/<style>([\s\S]*?)<\/style>/.exec(shapes.html)![1]).not.toMatch(/@import|url\(/i);
    expect(shapes.html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;sha256-[^"]+; script-src &#39;sha256-/);
    expect(shapes.html).not.toContain('connect-src');
    expect(shapes.html).not.toContain('EventSource');
  });

  it('the served page is the same page with the reload script and the connection it needs, nothing else', () => {
    const withoutReload = shapes.served.replace(/<script>[^<]*EventSource[^<]*<\/script>\n/, '').replace(/ &#39;sha256-[^&]+&#39;; img-src data:; connect-src &#39;self&#39;/, '; img-src data:');
    expect(shapes.served).toContain('EventSource');
    expect(shapes.served).toContain('connect-src &#39;self&#39;');
    expect(withoutReload).toBe(shapes.html);
  });

  it('is deterministic: the same input gives the same bytes', () => {
    expect(page([SHAPES]).html).toBe(shapes.html);
  });

  it('escapes hostile input: a title closing the script tag stays text', () => {
    const { html } = page([hostileSpec]);
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain('&#60;/script&#62;&#60;script&#62;alert(1)&#60;/script&#62;');
    for (const block of blocks(html)) expect(block.code).toContain('</script><script>alert(3)</script>');
  });

  it('highlights every built-in client\'s fence with a real highlight.js grammar', () => {
    const clients = availableClients(undefined);
    expect(clients.length).toBeGreaterThanOrEqual(45);
    const missing = clients.filter((c) => grammarFor(c.fence) === undefined).map((c) => `${c.id} (${c.fence})`);
    expect(missing).toEqual([]);
    expect(shapes.plain).toEqual([]);
    expect(shapes.html).toContain('<span class="hljs-keyword">');
  });

  it('shows a fence highlight.js lacks as plain escaped text, and lists it', () => {
    const run = loadRun({ inputs: [hostileSpec], out: join(work, 'unused'), style: 'runnable', clients: ['shell/curl'] });
    const plan = planOutput(run.endpoints, run.clients, run.renderer, { formats: [] });
    const odd: ClientDescriptor = { ...run.clients[0]!, id: 'made/up', fence: 'no-such-grammar' };
    const rendered = plan.rendered.map((r) => ({ ...r, snippets: r.snippets.map((s) => ({ ...s, client: odd })) }));
    const { html, plain } = previewPage(rendered, [odd], { style: 'runnable' });
    expect(plain).toEqual([{ fence: 'no-such-grammar', clients: ['made/up'] }]);
    expect(html).toContain('<code class="hljs plain">');
    expect(html).not.toContain('<span class="hljs-');
    expect(text(/<footer>.*<\/footer>/.exec(html)![0])).toContain('Shown as plain text (highlight.js has no grammar for the fence): no-such-grammar (made/up)');
    expect(blocks(html)[0]!.code).toBe(plan.rendered[0]!.snippets[0]!.code);
  });
});

describe('verify badges', () => {
  const clients = ['python/requests', 'go/net-http', 'swift/urlsession', 'objc/nsurlsession', 'rust/reqwest', 'shell/curl', 'php/curl'];
  const record: VerifyRecord = {
    generator: 'snipgen verify',
    finishedAt: '2026-12-01T10:00:00.000Z',
    host: 'node v22.0.0, linux x64',
    snippets: [
      { endpoint: 'hostile-title', client: 'python/requests', style: 'runnable', verdict: 'passed', remembered: true },
      { endpoint: 'hostile-title', client: 'go/net-http', style: 'runnable', verdict: 'failed', reason: 'the request differs from the spec <b>' },
      { endpoint: 'hostile-title', client: 'swift/urlsession', style: 'runnable', verdict: 'syntax-checked', reason: 'no Swift toolchain; syntax-checked only' },
      { endpoint: 'hostile-title', client: 'objc/nsurlsession', style: 'runnable', verdict: 'syntax-checked', reason: 'syntax-checked only: NSURLSession cannot run here' },
      { endpoint: 'hostile-title', client: 'rust/reqwest', style: 'runnable', verdict: 'skipped', reason: 'no cargo' },
      { endpoint: 'hostile-title', client: 'shell/curl', style: 'reference', verdict: 'passed' },
    ],
  };
  const badgeOf = (html: string) => Object.fromEntries(blocks(html).map((b) => [b.client, text(/<span class="badge[^>]*>.*?<\/span>/.exec(b.bar)?.[0] ?? '')]));

  it('shows each snippet\'s last verdict from a record, syntax-checked only plainly', () => {
    const { html } = page([hostileSpec], { verify: record, verifyFile: '.snipgen-cache/last-verify.json' }, clients);
    expect(badgeOf(html)).toEqual({
      'python/requests': 'verified: passed',
      'go/net-http': 'verify: failed',
      'swift/urlsession': 'syntax-checked only',
      'objc/nsurlsession': 'syntax-checked only',
      'rust/reqwest': 'verify: skipped',
      // The record's curl verdict is for the reference style, not this page's.
      'shell/curl': 'not in the last verify run',
      'php/curl': 'not in the last verify run',
    });
    expect(html).toContain('title="the request differs from the spec &#60;b&#62;"');
    expect(html).toContain('title="remembered from an earlier run with the same snippet, request and toolchain"');
    expect(text(/<span class="note" id="verify-note">.*?<\/span>/.exec(html)![0])).toBe(
      'Verify results: the run that finished 2026-12-01T10:00:00.000Z (node v22.0.0, linux x64), from .snipgen-cache/last-verify.json.',
    );
  });

  it('shows no badge without a record, and says the snippets are not verified yet', () => {
    const { html } = page([hostileSpec], {}, clients);
    expect(html).not.toContain('class="badge');
    expect(text(/<span class="note" id="verify-note">.*?<\/span>/.exec(html)![0])).toContain('Not verified yet');
  });
});

describe('snipgen preview', () => {
  it('writes <out>/preview.html, the same bytes on every run, reading the verify record named', async () => {
    const recordFile = join(work, 'record.json');
    writeFileSync(recordFile, JSON.stringify({ ...{ generator: 'snipgen verify', finishedAt: '2026-12-01T10:00:00.000Z', host: 'h' }, snippets: [{ endpoint: 'hostile-title', client: 'python/requests', style: 'runnable', verdict: 'passed' }] }));
    const args = (out: string) => ['preview', hostileSpec, '-o', out, '-c', 'python/requests,go/net-http', '--verify-report', recordFile];
    const first = await runCli(args(join(work, 'a')));
    expect(first).toMatchObject({ exitCode: 0, stderr: '' });
    expect(first.stdout).toMatch(/^snipgen preview: 1 endpoint x 2 clients \(runnable\) -> .*preview\.html, verify results of 2026-12-01T10:00:00.000Z\n$/);
    expect((await runCli(args(join(work, 'b')))).exitCode).toBe(0);
    const html = readFileSync(join(work, 'a', 'preview.html'), 'utf8');
    expect(readFileSync(join(work, 'b', 'preview.html'), 'utf8')).toBe(html);
    expect(html).toContain('verified: passed');
  });

  it('refuses a missing --verify-report, --watch without --serve, and a preview.html that is a link out of the folder', async () => {
    const missing = await runCli(['preview', hostileSpec, '-o', join(work, 'c'), '--verify-report', join(work, 'nope.json')]);
    expect(missing).toMatchObject({ exitCode: 2, stdout: '' });
    expect(missing.stderr).toContain('nope.json: no such file');
    expect(await runCli(['preview', hostileSpec, '-o', join(work, 'c'), '--watch'])).toMatchObject({ exitCode: 2 });
    const out = join(work, 'linked');
    mkdirSync(out);
    writeFileSync(join(work, 'outside.html'), 'untouched');
    symlinkSync(join(work, 'outside.html'), join(out, 'preview.html'));
    const linked = await runCli(['preview', hostileSpec, '-o', out]);
    expect(linked.exitCode).toBe(2);
    expect(linked.stderr).toContain('symbolic link');
    expect(readFileSync(join(work, 'outside.html'), 'utf8')).toBe('untouched');
  });

  it('--open warns, and succeeds, on a machine without an opener', async () => {
    const result = await runCli(['preview', hostileSpec, '-o', join(work, 'd'), '-c', 'shell/curl', '--open'], { env: { PATH: join(work, 'empty-path') } });
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/warning: cannot open .*preview\.html: no xdg-open on this machine/);
  });
});

describe('preview server', () => {
  const get = (url: string, path: string, host?: string) =>
    new Promise<{ status: number; body: string; type: string }>((resolve, reject) => {
      const u = new URL(path, url);
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, headers: host ? { host } : {} }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, type: String(res.headers['content-type']) }));
      });
      req.on('error', reject);
      req.end();
    });

  it('serves only the page on 127.0.0.1, refuses other Host names, and tells open pages to reload', async () => {
    const server = await servePreview('<p>one</p>', 0);
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
      expect(await get(server.url, '/')).toEqual({ status: 200, body: '<p>one</p>', type: 'text/html; charset=utf-8' });
      expect((await get(server.url, '/preview.html')).body).toBe('<p>one</p>');
      expect((await get(server.url, '/../package.json')).status).toBe(404);
      expect((await get(server.url, '/', 'evil.example:80')).status).toBe(403);
      const events = await fetch(new URL('/__snipgen/events', server.url));
      const reader = events.body!.getReader();
      await reader.read();
      server.update('<p>two</p>');
      const { value } = await reader.read();
      expect(new TextDecoder().decode(value)).toBe('event: reload\ndata: rebuilt\n\n');
      await reader.cancel();
      expect((await get(server.url, '/')).body).toBe('<p>two</p>');
    } finally {
      await server.close();
    }
  });
});
