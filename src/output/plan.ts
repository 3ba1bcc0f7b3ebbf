import { posix } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import type { SnipgenError } from '../errors.js';
import type { EntryOrigin } from '../input/index.js';
import type { Endpoint, Style } from '../model.js';
import { Renderer } from '../render/index.js';
import { DEFAULT_FORMATS, planFormats, type Format, type RenderedEndpoint } from './formats/index.js';

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
  /** Per-endpoint pages; `format` is given for every format but the default Markdown. */
  pages: Array<{ endpoint: string; file: string; format?: Format }>;
  /** Files covering every endpoint (snippets.json, llms-full.txt, OpenAPI with x-codeSamples), when a format asks for them. */
  outputs?: Array<{ format: Format; file: string }>;
}

export interface PlanOptions {
  /** Output formats besides the snippet files; default Markdown pages. */
  formats?: readonly Format[];
  /** Where each endpoint came from, in the order of the endpoints (the openapi format writes back into its document). */
  origins?: ReadonlyArray<EntryOrigin | undefined>;
  /** Receives problems that do not stop the run. */
  warnings?: SnipgenError[];
}

export function snippetPath(endpoint: Endpoint, client: ClientDescriptor): string {
  return posix.join(endpoint.id, `${client.language}-${client.client}${client.extension}`);
}

/** Every output file for the endpoints, in a stable order, with the manifest last. */
export function planOutput(endpoints: readonly Endpoint[], clients: readonly ClientDescriptor[], renderer: Renderer, options: PlanOptions = {}): OutputFile[] {
  const files: OutputFile[] = [];
  const manifest: Manifest = { generator: 'snipgen', snippets: [], pages: [] };
  const rendered: RenderedEndpoint[] = endpoints.map((endpoint, i) => ({
    endpoint,
    origin: options.origins?.[i],
    snippets: clients.map((client) => ({ client, code: renderer.render(client, endpoint) })),
  }));
  const planned = planFormats(rendered, options.formats ?? DEFAULT_FORMATS, options.warnings ?? []);
  const pages = new Map<string, typeof planned.pages>();
  for (const page of planned.pages) pages.set(page.endpoint, [...(pages.get(page.endpoint) ?? []), page]);
  for (const { endpoint, snippets } of rendered) {
    for (const { client, code } of snippets) {
      const file = snippetPath(endpoint, client);
      files.push({ path: file, content: code });
      manifest.snippets.push({ endpoint: endpoint.id, client: client.id, style: endpoint.style, lang: client.fence, file });
    }
    for (const page of pages.get(endpoint.id) ?? []) {
      files.push({ path: page.file, content: page.content });
      manifest.pages.push({ endpoint: page.endpoint, file: page.file, ...(page.format === 'markdown' ? {} : { format: page.format }) });
    }
  }
  for (const output of planned.outputs) files.push({ path: output.file, content: output.content });
  if (planned.outputs.length) manifest.outputs = planned.outputs.map(({ format, file }) => ({ format, file }));
  files.push({ path: MANIFEST, content: JSON.stringify(manifest, null, 2) + '\n' });
  return files;
}
