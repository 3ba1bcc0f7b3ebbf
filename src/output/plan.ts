import { posix } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import { byLocation, SnipgenError, SnipgenErrors, type SourceLocation } from '../errors.js';
import type { Endpoint } from '../model.js';
import type { LoadedEndpoint } from '../pipeline.js';
import type { Renderer } from '../render/index.js';
import { DEFAULT_FORMATS, planFormats, type Format, type RenderedEndpoint } from './formats/index.js';
import { MANIFEST, manifestText, type Manifest } from './manifest.js';

export interface OutputFile {
  /** Relative to the output folder, always with `/`. */
  path: string;
  /**
   * The docs pages and the manifest are made each time this is read (a getter), from the
   * snippets the run holds anyway: a run then holds each page only while it writes or compares
   * it, not every page at once (bench/README.md, peak memory).
   */
  readonly content: string;
}

export interface PlanOptions {
  /** Output formats besides the snippet files; default Markdown pages. */
  formats?: readonly Format[];
  /** Receives problems that do not stop the run. */
  warnings?: SnipgenError[];
  /** A snippet a client cannot write fails the run instead of being left out with a warning. */
  strict?: boolean;
  /** Called after each endpoint is rendered, for a progress display. */
  onRendered?: (done: number, total: number) => void;
}

export interface Plan {
  /** Every output file in a stable order, the manifest last. */
  files: OutputFile[];
  /** Every endpoint with its snippets, as docs pages and marker regions need them. */
  rendered: RenderedEndpoint[];
}

export function snippetPath(endpoint: Endpoint, client: ClientDescriptor): string {
  return posix.join(endpoint.id, `${client.language}-${client.client}${client.extension}`);
}

/** Renders every endpoint with every client, and lays out the files the formats ask for. */
export function planOutput(endpoints: readonly LoadedEndpoint[], clients: readonly ClientDescriptor[], renderer: Renderer, options: PlanOptions = {}): Plan {
  // Every snippet a client cannot write is reported in the same run, not one per run.
  const problems: SnipgenError[] = [];
  const rendered: RenderedEndpoint[] = endpoints.map(({ endpoint, origin }, i) => ({
    endpoint,
    origin,
    snippets: renderAll(endpoint, i),
  }));
  function renderAll(endpoint: Endpoint, i: number) {
    const snippets = clients.flatMap((client) => {
      try {
        return [{ client, code: renderer.render(client, endpoint) }];
      } catch (e) {
        if (!(e instanceof SnipgenError)) throw e;
        // A shape one library cannot send leaves that one snippet out, told as a warning: one
        // client's limit must not take a whole API's docs down. --strict refuses it instead.
        if (e.code === 'unsupported' && !options.strict && options.warnings) options.warnings.push(new SnipgenError(`left out: ${e.message}`, e.code, e.loc ?? endpoint.source));
        else problems.push(e);
        return [];
      }
    });
    options.onRendered?.(i + 1, endpoints.length);
    return snippets;
  }
  if (problems.length) throw new SnipgenErrors(problems.sort(byLocation));
  const manifest: Manifest = { generator: 'snipgen', snippets: [], pages: [] };
  const files: OutputFile[] = [];
  /** Which endpoint asked for each file, to place a collision. */
  const owners = new Map<string, Endpoint>();
  const uploads: Manifest['uploads'] = [];
  for (const { endpoint, snippets } of rendered) {
    for (const { client, code } of snippets) {
      const file = snippetPath(endpoint, client);
      files.push({ path: file, content: code });
      owners.set(file, endpoint);
      manifest.snippets.push({ endpoint: endpoint.id, client: client.id, style: endpoint.style, lang: client.fence, file });
    }
    for (const upload of inlineUploads(endpoint)) {
      files.push(upload);
      owners.set(upload.path, endpoint);
      uploads.push({ endpoint: endpoint.id, file: upload.path });
    }
  }
  const formatted = planFormats(rendered, options.formats ?? DEFAULT_FORMATS, options.warnings ?? []);
  const byId = new Map(rendered.map((r) => [r.endpoint.id, r.endpoint]));
  for (const page of formatted.pages) {
    files.push({
      path: page.file,
      get content() {
        return page.content;
      },
    });
    owners.set(page.file, byId.get(page.endpoint)!);
    manifest.pages.push({ endpoint: page.endpoint, file: page.file, ...(page.format === 'markdown' ? {} : { format: page.format }) });
  }
  for (const output of formatted.outputs) files.push({ path: output.file, content: output.content });
  if (formatted.outputs.length) manifest.outputs = formatted.outputs.map(({ format, file }) => ({ format, file }));
  if (uploads.length) manifest.uploads = uploads;
  files.push({
    path: MANIFEST,
    get content() {
      return manifestText(manifest);
    },
  });
  refuseCollisions(files, owners, new Set(uploads.map((u) => u.file)));
  return { files, rendered };
}

/** The endpoint's uploads whose content the input holds, at the path the snippet opens, inside the endpoint's folder. */
function inlineUploads(endpoint: Endpoint): OutputFile[] {
  const files = new Map<string, string>();
  if (endpoint.body?.kind === 'multipart') {
    for (const part of endpoint.body.parts) if (part.kind === 'file' && part.content !== undefined) files.set(posix.join(endpoint.id, part.path), part.content);
  }
  return [...files].map(([path, content]) => ({ path, content }));
}

/**
 * Refuses two files at one path, and a file where another needs a folder (endpoint `x` writes
 * the page `x.md`, endpoint `x.md` the folder `x.md/`; an id `manifest.json` or `docusaurus`
 * meets the run's own files): one would silently replace the other.
 */
function refuseCollisions(files: readonly OutputFile[], owners: ReadonlyMap<string, Endpoint>, uploads: ReadonlySet<string>): void {
  const paths = new Set<string>();
  const problems: SnipgenError[] = [];
  const describe = (path: string) => {
    const owner = owners.get(path);
    if (!owner) return `${path} (snipgen's own)`;
    return uploads.has(path) ? `${path} (an upload of endpoint "${owner.id}" that the input holds)` : `${path} (of endpoint "${owner.id}")`;
  };
  // An upload keeps the file name the input gives it, which the snippet opens: that name is what to change.
  const remedy = (...involved: string[]) => (involved.some((path) => uploads.has(path)) ? 'rename the uploaded file in the input, or the endpoint id' : 'rename an endpoint id');
  const place = (path: string, other: string): SourceLocation | undefined => (owners.get(path) ?? owners.get(other))?.source;
  for (const { path } of files) {
    if (paths.has(path)) problems.push(new SnipgenError(`two outputs are written to ${describe(path)}: ${remedy(path)}`, 'input', owners.get(path)?.source));
    paths.add(path);
  }
  for (const { path } of files) {
    for (let i = path.indexOf('/'); i >= 0; i = path.indexOf('/', i + 1)) {
      const folder = path.slice(0, i);
      if (paths.has(folder)) {
        problems.push(new SnipgenError(`${describe(path)} needs ${folder} to be a folder, but ${describe(folder)} is a file: ${remedy(path, folder)}`, 'input', place(path, folder)));
      }
    }
  }
  if (problems.length) throw new SnipgenErrors(problems);
}
