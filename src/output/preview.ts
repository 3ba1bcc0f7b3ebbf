import { createHash } from 'node:crypto';
import type { ClientDescriptor } from '../clients/types.js';
import type { Style } from '../model.js';
import { verdictLookup, type VerdictEntry, type VerifyRecord } from '../verify/last-run.js';
import type { RenderedEndpoint } from './formats/index.js';
import { escapeHtml as h, highlightCode } from './highlight.js';
import { PREVIEW_CSS, PREVIEW_SCRIPT, RELOAD_SCRIPT } from './preview-assets.js';

/** The file `snipgen preview` writes in the output folder. */
export const PREVIEW_FILE = 'preview.html';

export interface PreviewOptions {
  style: Style;
  /** The last verify run's verdicts; without one no badges show, and the page says so. */
  verify?: VerifyRecord;
  /** Where the record came from, as the user would name it. */
  verifyFile?: string;
}

export interface Preview {
  /** The page for the file on disk. */
  html: string;
  /** The same page with the script that reloads it when `--serve --watch` rebuilds it (never on disk). */
  served: string;
  /** Fences shown as plain text because highlight.js has no grammar for them, with their clients. */
  plain: Array<{ fence: string; clients: string[] }>;
}

const BADGE: Record<VerdictEntry['verdict'], string> = {
  passed: 'verified: passed',
  failed: 'verify: failed',
  skipped: 'verify: skipped',
  'syntax-checked': 'syntax-checked only',
  'known-defect': 'verify: known defect',
};

/**
 * One self-contained HTML page: every endpoint with every client's snippet, highlighted here
 * (no network, no CDN, no external URL), a client picker, copy buttons, light and dark themes,
 * each client's install line and, from a verify record, each snippet's last verdict. Every input
 * value is escaped; the same input gives the same bytes.
 */
export function previewPage(rendered: readonly RenderedEndpoint[], clients: readonly ClientDescriptor[], options: PreviewOptions): Preview {
  const verdict = verdictLookup(options.verify);
  const plain = new Map<string, Set<string>>();
  const sections = rendered.map(({ endpoint, snippets }) => {
    const request = `${endpoint.urlWithoutQuery}${endpoint.queryString ? `?${endpoint.queryString}` : ''}`;
    const blocks = snippets.map(({ client, code }) => {
      const { html, grammar } = highlightCode(client.fence, code);
      if (grammar === undefined) plain.set(client.fence, (plain.get(client.fence) ?? new Set()).add(client.id));
      return [
        `<div class="snippet" data-client="${h(client.id)}">`,
        `<div class="bar"><span class="client">${h(client.title)}</span>${library(client)}${badge(options.verify ? verdict(options.style, endpoint.id, client.id) : undefined, options.verify !== undefined)}<button type="button" class="copy" hidden>Copy</button></div>`,
        `<pre><code class="hljs${grammar ? ` language-${h(grammar)}` : ' plain'}">${html}</code></pre>`,
        `</div>`,
      ].join('\n');
    });
    return [
      `<section class="endpoint" id="${anchor(endpoint.id)}" data-endpoint="${h(endpoint.id)}">`,
      `<h2>${h(endpoint.title || endpoint.id)}</h2>`,
      `<p class="request"><span class="method">${h(endpoint.method)}</span> ${h(request)}</p>`,
      endpoint.description ? `<p class="description">${h(endpoint.description)}</p>` : '',
      `<p class="missing" hidden>No snippet for this client: its library cannot send this request exactly (snipgen gen names the reason).</p>`,
      ...blocks,
      `</section>`,
    ]
      .filter(Boolean)
      .join('\n');
  });
  const plainList = [...plain].sort(([a], [b]) => a.localeCompare(b)).map(([fence, ids]) => ({ fence, clients: [...ids] }));
  const count = `${rendered.length} endpoint${rendered.length === 1 ? '' : 's'} × ${clients.length} client${clients.length === 1 ? '' : 's'}`;
  // The snippets are highlighted once; only the scripts and the policy differ between the two pages.
  const page = (liveReload: boolean) => pageHtml({ sections, plainList, count, clients, rendered, options, liveReload });
  return { html: page(false), served: page(true), plain: plainList };
}

interface PageParts {
  sections: string[];
  plainList: Preview['plain'];
  count: string;
  clients: readonly ClientDescriptor[];
  rendered: readonly RenderedEndpoint[];
  options: PreviewOptions;
  liveReload: boolean;
}

function pageHtml({ sections, plainList, count, clients, rendered, options, liveReload }: PageParts): string {
  const scripts = [PREVIEW_SCRIPT, ...(liveReload ? [RELOAD_SCRIPT] : [])];
  // The policy lets the page run its own style and scripts and nothing else: no network, no
  // injected script even if some text escaped its escaping.
  const csp = [
    "default-src 'none'",
    `style-src ${hash(PREVIEW_CSS)}`,
    `script-src ${scripts.map(hash).join(' ')}`,
    "img-src data:",
    ...(liveReload ? ["connect-src 'self'"] : []),
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${h(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="snipgen preview">',
    '<link rel="icon" href="data:,">',
    `<title>API snippets (${h(count)})</title>`,
    `<style>${PREVIEW_CSS}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>API snippets <span class="note">${h(count)}, ${h(options.style)} style</span></h1>`,
    `<label>Client <select id="client" hidden>${clients.map((c) => `<option value="${h(c.id)}">${h(c.title)}</option>`).join('')}</select></label>`,
    '<button type="button" id="theme" hidden>Dark mode</button>',
    `<span class="note" id="verify-note">${verifyNote(options)}</span>`,
    '</header>',
    '<div class="layout">',
    `<nav><ol>${rendered.map(({ endpoint }) => `<li><a href="#${anchor(endpoint.id)}">${h(endpoint.title || endpoint.id)}</a></li>`).join('')}</ol></nav>`,
    '<main>',
    ...sections,
    '</main>',
    '</div>',
    `<footer>Generated by snipgen preview.${plainList.length ? ` Shown as plain text (highlight.js has no grammar for the fence): ${plainList.map((p) => `<code>${h(p.fence)}</code> (${h(p.clients.join(', '))})`).join('; ')}.` : ''}</footer>`,
    ...scripts.map((script) => `<script>${script}</script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function library(client: ClientDescriptor): string {
  const { name, version, install } = client.library;
  const label = `<span class="library">${h(name)} ${h(version)}</span>`;
  return install ? `${label}<code class="install" title="install">${h(install)}</code>` : `${label}<span class="install">nothing to install</span>`;
}

function badge(entry: VerdictEntry | undefined, recorded: boolean): string {
  if (!recorded) return '';
  if (!entry) return '<span class="badge unknown" title="the last verify run did not include this snippet">not in the last verify run</span>';
  const why = [entry.reason, entry.remembered ? 'remembered from an earlier run with the same snippet, request and toolchain' : ''].filter(Boolean).join('; ');
  return `<span class="badge ${entry.verdict}"${why ? ` title="${h(why)}"` : ''}>${BADGE[entry.verdict]}</span>`;
}

function verifyNote({ verify, verifyFile }: PreviewOptions): string {
  if (!verify) return 'Not verified yet: run <code>snipgen verify</code> to show each snippet&#39;s result here.';
  return `Verify results: the run that finished ${h(verify.finishedAt)}${verify.host ? ` (${h(verify.host)})` : ''}${verifyFile ? `, from ${h(verifyFile)}` : ''}.`;
}

/** An element id for an endpoint: ids cannot hold a space, and an id is at least the prefix. */
function anchor(id: string): string {
  return h(`ep-${id.replace(/\s/g, '_')}`);
}

function hash(text: string): string {
  return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}
