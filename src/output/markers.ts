import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import { SnipgenError, SnipgenErrors, byLocation, type SourceLocation } from '../errors.js';
import type { Endpoint } from '../model.js';
import type { RenderedEndpoint } from './formats/index.js';
import { fence } from './pages.js';
import { filesWithExtensions } from '../files.js';

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

const START = /<!--[ \t]*snipgen:start\b([^\n]*?)-->|\{\/\*[ \t]*snipgen:start\b([^\n]*?)\*\/\}/g;
const END = /<!--[ \t]*snipgen:end[ \t]*-->|\{\/\*[ \t]*snipgen:end[ \t]*\*\/\}/g;
const DOC_EXTENSIONS = ['.md', '.mdx', '.markdown'];

export function parseMarkers(file: string, text: string, errors: SnipgenError[]): MarkerRegion[] {
  const regions: MarkerRegion[] = [];
  const at = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { file, line: before.length, col: before.at(-1)!.length + 1 };
  };
  START.lastIndex = 0;
  let match: RegExpExecArray | null;
  let searchFrom = 0;
  while ((match = START.exec(text))) {
    if (match.index < searchFrom) continue;
    const attributes = parseAttributes((match[1] ?? match[2] ?? '').trim());
    const contentStart = match.index + match[0].length;
    END.lastIndex = contentStart;
    const end = END.exec(text);
    const nextStart = new RegExp(START.source, 'g');
    nextStart.lastIndex = contentStart;
    const nested = nextStart.exec(text);
    if (!end || (nested && nested.index < end.index)) {
      errors.push(new SnipgenError('snipgen:start marker has no matching snipgen:end', 'input', at(match.index)));
      continue;
    }
    const unknown = Object.keys(attributes).filter((k) => k !== 'endpoint' && k !== 'clients');
    if (unknown.length) errors.push(new SnipgenError(`unknown marker attribute ${unknown.join(', ')} (known: endpoint, clients)`, 'input', at(match.index)));
    if (!attributes.endpoint) errors.push(new SnipgenError('snipgen:start marker needs endpoint=<id>', 'input', at(match.index)));
    else {
      regions.push({
        loc: at(match.index),
        endpoint: attributes.endpoint,
        clients: attributes.clients?.split(',').map((c) => c.trim()).filter(Boolean),
        contentStart,
        contentEnd: end.index,
      });
    }
    searchFrom = end.index + end[0].length;
    START.lastIndex = searchFrom;
  }
  return regions;
}

function parseAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const pair of text.split(/\s+/).filter(Boolean)) {
    const eq = pair.indexOf('=');
    attributes[eq < 0 ? pair : pair.slice(0, eq)] = eq < 0 ? '' : pair.slice(eq + 1).replace(/^["']|["']$/g, '');
  }
  return attributes;
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
  const codeOf = (endpoint: Endpoint, client: ClientDescriptor) => rendered.find((r) => r.endpoint === endpoint)!.snippets.find((s) => s.client === client)!.code;
  const updates: DocsPageUpdate[] = [];
  for (const path of docsPageFiles(docs)) {
    const file = relative(cwd, path) || path;
    const before = readFileSync(path, 'utf8');
    const regions = parseMarkers(file, before, errors);
    let after = '';
    let cursor = 0;
    for (const region of regions) {
      const loc = region.loc;
      const endpoint = endpoints.find((e) => e.id === region.endpoint);
      if (!endpoint) {
        errors.push(new SnipgenError(`unknown endpoint "${region.endpoint}" in marker (known: ${endpoints.map((e) => e.id).join(', ')})`, 'input', loc));
        continue;
      }
      const chosen: ClientDescriptor[] = [];
      for (const id of region.clients ?? clients.map((c) => c.id)) {
        const client = clients.find((c) => c.id === id);
        if (client) chosen.push(client);
        else errors.push(new SnipgenError(`unknown client "${id}" in marker (generated clients: ${clients.map((c) => c.id).join(', ')})`, 'input', loc));
      }
      const blocks = chosen.map((client) => fence(client.fence, codeOf(endpoint, client))).join('\n');
      after += before.slice(cursor, region.contentStart) + `\n${blocks}\n`;
      cursor = region.contentEnd;
    }
    after += before.slice(cursor);
    updates.push({ file: path, before, after });
  }
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return updates;
}
