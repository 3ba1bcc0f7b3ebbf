import { posix } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import type { SnipgenError } from '../errors.js';
import type { Endpoint, Style } from '../model.js';
import type { LoadedEndpoint } from '../spec/load.js';
import { Renderer } from '../render/index.js';
import { Spool } from './spool.js';
import { DEFAULT_FORMATS, PAGE_FORMATS, planFormats, type Format, type RenderedEndpoint } from './formats/index.js';

export const MANIFEST = 'manifest.json';

export interface OutputFile {
  /** Relative to the output folder, always with `/`. */
  path: string;
  content: string;
}

/**
 * A file too large to hold as one string (the manifest of a large API): its text in chunks, which
 * can be read more than once while the file is being handled.
 */
export interface StreamedFile {
  path: string;
  content?: undefined;
  chunks(): Iterable<string>;
}

export type PlannedFile = OutputFile | StreamedFile;

/** The file's whole text, for a caller that holds it anyway. */
export function contentOf(file: PlannedFile): string {
  return file.content ?? [...file.chunks()].join('');
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
  /** Uploads whose content the input holds (a HAR's captured file), written beside the snippets that open them. */
  uploads?: Array<{ endpoint: string; file: string }>;
}

export interface PlanOptions {
  /** Output formats besides the snippet files; default Markdown pages. */
  formats?: readonly Format[];
  /** Receives problems that do not stop the run. */
  warnings?: SnipgenError[];
}

export function snippetPath(endpoint: Endpoint, client: ClientDescriptor): string {
  return posix.join(endpoint.id, `${client.language}-${client.client}${client.extension}`);
}

/**
 * Every output file for the endpoints, in a stable order with the manifest last, one at a time:
 * each endpoint is rendered when its files are asked for, so a caller that writes or compares each
 * file as it comes holds one endpoint's output at a time. The manifest's entries are spooled as
 * they come (see Spool) and the manifest is a StreamedFile, so nothing grows per file either.
 * Only formats that need every endpoint (snippets.json, OpenAPI, llms-full.txt) keep all of it.
 */
export function* planFiles(endpoints: Iterable<LoadedEndpoint>, clients: readonly ClientDescriptor[], renderer: Renderer, options: PlanOptions = {}): Generator<PlannedFile> {
  const formats = options.formats ?? DEFAULT_FORMATS;
  const pageFormats = formats.filter((f) => PAGE_FORMATS.includes(f));
  const outputFormats = formats.filter((f) => !PAGE_FORMATS.includes(f));
  const warnings = options.warnings ?? [];
  const snippets = new ManifestSection();
  const pages = new ManifestSection();
  const uploads = new ManifestSection();
  const kept: RenderedEndpoint[] = [];
  try {
    for (const { endpoint, origin } of endpoints) {
      const rendered: RenderedEndpoint = {
        endpoint,
        origin,
        snippets: clients.map((client) => ({ client, code: renderer.render(client, endpoint) })),
      };
      if (outputFormats.length) kept.push(rendered);
      for (const { client, code } of rendered.snippets) {
        const file = snippetPath(endpoint, client);
        yield { path: file, content: code };
        snippets.add({ endpoint: endpoint.id, client: client.id, style: endpoint.style, lang: client.fence, file } satisfies ManifestEntry);
      }
      for (const upload of inlineUploads(endpoint)) {
        yield upload;
        uploads.add({ endpoint: endpoint.id, file: upload.path });
      }
      for (const page of planFormats([rendered], pageFormats, warnings).pages) {
        yield { path: page.file, content: page.content };
        pages.add({ endpoint: page.endpoint, file: page.file, ...(page.format === 'markdown' ? {} : { format: page.format }) });
      }
    }
    const outputs = outputFormats.length ? planFormats(kept, outputFormats, warnings).outputs : [];
    for (const output of outputs) yield { path: output.file, content: output.content };
    const listed = outputs.map(({ format, file }) => ({ format, file }));
    yield {
      path: MANIFEST,
      // JSON.stringify(manifest, null, 2) + '\n' of the Manifest, byte for byte, without holding it.
      *chunks() {
        yield '{\n  "generator": "snipgen",\n  "snippets": ';
        yield* snippets.chunks();
        yield ',\n  "pages": ';
        yield* pages.chunks();
        if (listed.length) yield `,\n  "outputs": ${JSON.stringify(listed, null, 2).replaceAll('\n', '\n  ')}`;
        if (!uploads.isEmpty) {
          yield ',\n  "uploads": ';
          yield* uploads.chunks();
        }
        yield '\n}\n';
      },
    };
  } finally {
    snippets.dispose();
    pages.dispose();
    uploads.dispose();
  }
}

/** The endpoint's uploads whose content the input holds, at the path the snippet opens, inside the endpoint's folder. */
function inlineUploads(endpoint: Endpoint): OutputFile[] {
  const files = new Map<string, string>();
  if (endpoint.body?.kind === 'multipart') {
    for (const part of endpoint.body.parts) if (part.kind === 'file' && part.content !== undefined) files.set(posix.join(endpoint.id, part.path), part.content);
  }
  return [...files].map(([path, content]) => ({ path, content }));
}

/** One array of the manifest, as JSON.stringify would indent it at that depth, spooled. */
class ManifestSection {
  private readonly spool = new Spool();

  get isEmpty(): boolean {
    return this.spool.isEmpty;
  }

  /** An entry of string fields: JSON.stringify(entry, null, 2) at depth 2, field by field. */
  add(entry: Record<string, string>): void {
    let text = this.spool.isEmpty ? '[\n    {' : ',\n    {';
    let first = true;
    for (const key in entry) {
      text += `${first ? '\n' : ',\n'}      ${JSON.stringify(key)}: ${JSON.stringify(entry[key])}`;
      first = false;
    }
    this.spool.append(first ? `${text}}` : `${text}\n    }`);
  }

  *chunks(): Generator<string> {
    if (this.spool.isEmpty) {
      yield '[]';
      return;
    }
    yield* this.spool.chunks();
    yield '\n  ]';
  }

  dispose(): void {
    this.spool.dispose();
  }
}
