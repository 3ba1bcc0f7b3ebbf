import { posix } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import type { Endpoint, Style } from '../model.js';
import { Renderer } from '../render/index.js';
import { docsPage, type RenderedSnippet } from './pages.js';

export const MANIFEST = 'manifest.json';

export interface OutputFile {
  /** Relative to the output folder, always with `/`. */
  path: string;
  content: string;
}

export interface ManifestEntry {
  endpoint: string;
  client: string;
  style: Style;
  lang: string;
  file: string;
}

export interface Manifest {
  generator: 'snipgen';
  snippets: ManifestEntry[];
  pages: Array<{ endpoint: string; file: string }>;
}

export function snippetPath(endpoint: Endpoint, client: ClientDescriptor): string {
  return posix.join(endpoint.id, `${client.language}-${client.client}${client.extension}`);
}

export function pagePath(endpoint: Endpoint): string {
  return `${endpoint.id}.md`;
}

/** Every output file for the endpoints, in a stable order, with the manifest last. */
export function planOutput(endpoints: readonly Endpoint[], clients: readonly ClientDescriptor[], renderer: Renderer): OutputFile[] {
  const files: OutputFile[] = [];
  const manifest: Manifest = { generator: 'snipgen', snippets: [], pages: [] };
  for (const endpoint of endpoints) {
    const snippets: RenderedSnippet[] = clients.map((client) => ({ client, code: renderer.render(client, endpoint) }));
    for (const { client, code } of snippets) {
      const file = snippetPath(endpoint, client);
      files.push({ path: file, content: code });
      manifest.snippets.push({ endpoint: endpoint.id, client: client.id, style: endpoint.style, lang: client.fence, file });
    }
    const page = pagePath(endpoint);
    files.push({ path: page, content: docsPage(endpoint, snippets) });
    manifest.pages.push({ endpoint: endpoint.id, file: page });
  }
  files.push({ path: MANIFEST, content: JSON.stringify(manifest, null, 2) + '\n' });
  return files;
}
