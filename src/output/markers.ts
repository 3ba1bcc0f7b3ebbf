import { extname, relative } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import { SnipgenError, SnipgenErrors, byLocation, type SourceLocation } from '../errors.js';
import type { Endpoint } from '../model.js';
import type { RenderedEndpoint } from './formats/index.js';
import { DOCUSAURUS_IMPORTS, docusaurusTabs, mdxProse, mintlifyCodeGroup } from './formats/mdx.js';
import { fence, installLine, type RenderedSnippet } from './pages.js';
import { filesWithExtensions, readUtf8 } from '../files.js';

/**
 * A region of an author's own Markdown/MDX page that snipgen fills:
 *   <!-- snipgen:start endpoint=create-key clients=python/requests,shell/curl -->
 *   ...generated...
 *   <!-- snipgen:end -->
 * MDX pages use the comment form `{/* snipgen:start ... *\/}` instead.
 */
export interface MarkerRegion {
  /** Where the start marker is, for errors. */
  loc: SourceLocation;
  endpoint: string;
  clients: string[] | undefined;
  /** How the snippets are laid out; undefined: by the page's extension. */
  layout: Layout | undefined;
  /** Offsets of the region's content (between the two markers) in the page text. */
  contentStart: number;
  contentEnd: number;
}

export interface DocsPageUpdate {
  /** As given on the command line (shown in messages). */
  file: string;
  before: string;
  after: string;
}

/**
 * `blocks`: one labelled code block per client, which every Markdown dialect shows. `tabs`:
 * Docusaurus <Tabs>, as the mdx-docusaurus pages have. `codegroup`: Mintlify's <CodeGroup>.
 */
const LAYOUTS = ['blocks', 'tabs', 'codegroup'] as const;
type Layout = (typeof LAYOUTS)[number];

const MARKER = /<!--[ \t]*snipgen:(start|end)\b([^\n]*?)-->|\{\/\*[ \t]*snipgen:(start|end)\b([^\n]*?)\*\/\}/g;
const DOC_EXTENSIONS = ['.md', '.mdx', '.markdown'];

/**
 * The marker regions of a page. Markers inside code (a fenced block or an inline code span) are
 * text, shown as an example: they are left alone, as the README's own are. A start marker needs
 * its end marker before the next start; an end marker needs a start.
 */
export function parseMarkers(file: string, text: string, errors: SnipgenError[]): MarkerRegion[] {
  const regions: MarkerRegion[] = [];
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { file, line: before.length, col: before.at(-1)!.length + 1 };
  };
  const code = codeRanges(text);
  let open: { index: number; length: number; attributes: string } | undefined;
  for (const match of text.matchAll(MARKER)) {
    if (code.some(([from, to]) => match.index >= from && match.index < to)) continue;
    const kind = match[1] ?? match[3];
    if (kind === 'start') {
      if (open) errors.push(new SnipgenError('snipgen:start marker has no matching snipgen:end', 'input', at(open.index)));
      open = { index: match.index, length: match[0].length, attributes: (match[2] ?? match[4] ?? '').trim() };
      continue;
    }
    if ((match[2] ?? match[4] ?? '').trim() !== '') {
      errors.push(new SnipgenError('snipgen:end marker takes no attributes', 'input', at(match.index)));
    }
    if (!open) {
      errors.push(new SnipgenError('snipgen:end marker without a snipgen:start before it', 'input', at(match.index)));
      continue;
    }
    const attributes = parseAttributes(open.attributes);
    const unknown = Object.keys(attributes).filter((k) => k !== 'endpoint' && k !== 'clients' && k !== 'layout');
    if (unknown.length) errors.push(new SnipgenError(`unknown marker attribute ${unknown.join(', ')} (known: endpoint, clients, layout)`, 'input', at(open.index)));
    const layout = attributes.layout;
    if (layout !== undefined && !(LAYOUTS as readonly string[]).includes(layout)) {
      errors.push(new SnipgenError(`unknown layout "${layout}" in marker (known: ${LAYOUTS.join(', ')})`, 'input', at(open.index)));
    }
    if (!attributes.endpoint) errors.push(new SnipgenError('snipgen:start marker needs endpoint=<id>', 'input', at(open.index)));
    else {
      regions.push({
        loc: at(open.index),
        endpoint: attributes.endpoint,
        clients: attributes.clients?.split(',').map((c) => c.trim()).filter(Boolean),
        layout: layout as Layout | undefined,
        contentStart: open.index + open.length,
        contentEnd: match.index,
      });
    }
    open = undefined;
  }
  if (open) errors.push(new SnipgenError('snipgen:start marker has no matching snipgen:end', 'input', at(open.index)));
  return regions;
}

/**
 * Where the page's code is, as [from, to) offsets: fenced code blocks (CommonMark: a line of three
 * or more backticks or tildes indented up to three spaces, closed by a line of at least as many
 * of the same character, or by the end of the page) and inline code spans (a run of backticks up
 * to the next run of the same length within the paragraph).
 */
export function codeRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let fence: { char: string; length: number; from: number } | undefined;
  let proseFrom = 0;
  for (let lineStart = 0; lineStart < text.length; ) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 ? text.length : newline + 1;
    const line = text.slice(lineStart, lineEnd).replace(/\r?\n$/, '');
    if (fence) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1]![0] === fence.char && close[1]!.length >= fence.length) {
        ranges.push([fence.from, lineEnd]);
        fence = undefined;
        proseFrom = lineEnd;
      }
    } else {
      const opening = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
      // A backtick fence's info string cannot hold a backtick (that line is an inline span instead).
      if (opening && !(opening[1]![0] === '`' && opening[2]!.includes('`'))) {
        ranges.push(...inlineCode(text, proseFrom, lineStart));
        fence = { char: opening[1]![0]!, length: opening[1]!.length, from: lineStart };
      }
    }
    lineStart = lineEnd;
  }
  if (fence) ranges.push([fence.from, text.length]);
  else ranges.push(...inlineCode(text, proseFrom, text.length));
  return ranges;
}

function inlineCode(text: string, from: number, to: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const prose = text.slice(from, to);
  const runs = /`+/g;
  for (let run = runs.exec(prose); run; run = runs.exec(prose)) {
    const closing = new RegExp(`(?<!\`)\`{${run[0].length}}(?!\`)`, 'g');
    closing.lastIndex = run.index + run[0].length;
    const close = closing.exec(prose);
    // A code span ends with its paragraph: a blank line in between leaves the backticks as text.
    if (!close || /\n[ \t]*\r?\n/.test(prose.slice(run.index, close.index))) continue;
    spans.push([from + run.index, from + close.index + close[0].length]);
    runs.lastIndex = close.index + close[0].length;
  }
  return spans;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    attributes[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? '' : pair.slice(eq + 1).replace(/^["']|["']$/g, '');
  }
  return attributes;
}

/** The import lines of the tabs layout that the page, outside its regions, does not have. */
function missingTabsImports(text: string, regions: readonly MarkerRegion[]): string[] {
  let outside = '';
  let cursor = 0;
  for (const region of regions) {
    outside += text.slice(cursor, region.contentStart);
    cursor = region.contentEnd;
  }
  outside += text.slice(cursor);
  return DOCUSAURUS_IMPORTS.filter((line) => {
    const [, name, from] = /^import (\w+) from '([^']+)';$/.exec(line)!;
    return !new RegExp(`^[ \\t]*import\\s+${name}\\s+from\\s+['"]${from}['"]`, 'm').test(outside);
  });
}

/** The Markdown/MDX pages named by `docs` (files, or folders searched recursively), sorted. */
export function docsPageFiles(docs: readonly string[]): string[] {
  return filesWithExtensions(docs, DOC_EXTENSIONS);
}

/**
 * Computes the new text of every docs page named by `docs` (files or folders of .md/.mdx), each
 * marker region filled with its endpoint's snippets; every other byte of the page is kept.
 * Unknown endpoints or clients are input errors located at the marker.
 */
export function planDocsPages(docs: readonly string[], rendered: readonly RenderedEndpoint[], clients: readonly ClientDescriptor[], cwd = process.cwd()): DocsPageUpdate[] {
  const errors: SnipgenError[] = [];
  const endpoints = rendered.map((r) => r.endpoint);
  const updates: DocsPageUpdate[] = [];
  for (const path of docsPageFiles(docs)) {
    const file = relative(cwd, path) || path;
    let before: string;
    try {
      before = readUtf8(path, file);
    } catch (e) {
      // A page that is not UTF-8 would be written back with U+FFFD in place of its bytes.
      if (!(e instanceof SnipgenError)) throw e;
      errors.push(e);
      continue;
    }
    const regions = parseMarkers(file, before, errors);
    // The page's own imports count, not the ones an earlier run put into a region.
    let tabsImports = missingTabsImports(before, regions);
    let after = '';
    let cursor = 0;
    for (const region of regions) {
      const loc = region.loc;
      const found = rendered.find((r) => r.endpoint.id === region.endpoint);
      if (!found) {
        errors.push(new SnipgenError(`unknown endpoint "${region.endpoint}" in marker (known: ${endpoints.map((e) => e.id).join(', ')})`, 'input', loc));
        continue;
      }
      const chosen: RenderedSnippet[] = [];
      for (const id of region.clients ?? clients.map((c) => c.id)) {
        const client = clients.find((c) => c.id === id);
        // A client that could not write this endpoint was already reported by gen ("left out").
        const snippet = found.snippets.find((s) => s.client === client);
        if (!client) errors.push(new SnipgenError(`unknown client "${id}" in marker (generated clients: ${clients.map((c) => c.id).join(', ')})`, 'input', loc));
        else if (snippet) chosen.push(snippet);
      }
      const layout = region.layout ?? (extname(path) === '.mdx' ? 'tabs' : 'blocks');
      let content: string;
      if (layout === 'blocks') {
        // Backslash escapes are CommonMark too, and Docusaurus compiles .md as MDX: one form for both.
        content = `\n${chosen.map((s) => `${installLine(s.client, mdxProse)}\n\n${fence(s.client.fence, s.code)}`).join('\n\n')}\n`;
      } else {
        const lines = layout === 'tabs' ? docusaurusTabs(found.endpoint, chosen) : mintlifyCodeGroup(found.endpoint, chosen);
        if (layout === 'tabs' && tabsImports.length) {
          lines.unshift(...tabsImports, '');
          tabsImports = [];
        }
        // MDX ends an import block or a JSX block at a blank line.
        content = `\n\n${lines.join('\n')}\n\n`;
      }
      after += before.slice(cursor, region.contentStart) + content;
      cursor = region.contentEnd;
    }
    after += before.slice(cursor);
    updates.push({ file: path, before, after });
  }
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return updates;
}
