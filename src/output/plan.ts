import { posix } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import type { SnipgenError } from '../errors.js';
import type { EntryOrigin } from '../input/index.js';
import type { Endpoint, Style } from '../model.js';
import { Renderer } from '../render/index.js';
import { DEFAULT_FORMATS, PAGE_FORMATS, planFormats, type Format, type RenderedEndpoint } from './formats/index.js';

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

/**
 * Every output file for the endpoints, in a stable order with the manifest last, one at a time:
 * each endpoint is rendered when its files are asked for, so a caller that writes or compares each
 * file as it comes holds one endpoint's output at a time. Only formats that need every endpoint
 * (snippets.json, OpenAPI, llms-full.txt) keep all of it.
 */
export function* planFiles(endpoints: readonly Endpoint[], clients: readonly ClientDescriptor[], renderer: Renderer, options: PlanOptions = {}): Generator<OutputFile> {
  const formats = options.formats ?? DEFAULT_FORMATS;
  const pageFormats = formats.filter((f) => PAGE_FORMATS.includes(f));
  const outputFormats = formats.filter((f) => !PAGE_FORMATS.includes(f));
  const warnings = options.warnings ?? [];
  const manifest: Manifest = { generator: 'snipgen', snippets: [], pages: [] };
  const kept: RenderedEndpoint[] = [];
  for (const [i, endpoint] of endpoints.entries()) {
    const rendered: RenderedEndpoint = {
      endpoint,
      origin: options.origins?.[i],
      snippets: clients.map((client) => ({ client, code: renderer.render(client, endpoint) })),
    };
    if (outputFormats.length) kept.push(rendered);
    for (const { client, code } of rendered.snippets) {
      const file = snippetPath(endpoint, client);
      yield { path: file, content: code };
      manifest.snippets.push({ endpoint: endpoint.id, client: client.id, style: endpoint.style, lang: client.fence, file });
    }
    for (const page of planFormats([rendered], pageFormats, warnings).pages) {
      yield { path: page.file, content: page.content };
      manifest.pages.push({ endpoint: page.endpoint, file: page.file, ...(page.format === 'markdown' ? {} : { format: page.format }) });
    }
  }
  const outputs = outputFormats.length ? planFormats(kept, outputFormats, warnings).outputs : [];
  for (const output of outputs) yield { path: output.file, content: output.content };
  if (outputs.length) manifest.outputs = outputs.map(({ format, file }) => ({ format, file }));
  yield { path: MANIFEST, content: JSON.stringify(manifest, null, 2) + '\n' };
}
