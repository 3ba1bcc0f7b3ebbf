import { CLIENTS, findClients, type ClientDescriptor } from './clients/index.js';
import { loadCustomClients } from './clients/custom.js';
import type { ClientOptions, Placeholders } from './config.js';
import type { Endpoint, Style } from './model.js';
import { SnipgenError, formatLocation } from './errors.js';
import { DEFAULT_FORMATS, PAGE_FORMATS, parseFormats } from './output/formats/index.js';
import { contentOf, planFiles, type OutputFile, type PlannedFile } from './output/plan.js';
import { Renderer } from './render/index.js';
import { KEPT_ENDPOINTS, openEndpoints, type EndpointSource } from './spec/load.js';
import { importOptions, type ImportOptions } from './input/index.js';
import { selectEndpoints, type Selection } from './select.js';

export interface GenerateOptions extends ImportOptions {
  inputs: readonly string[];
  clients?: readonly string[];
  style?: Style;
  /** Replace every endpoint's base URL. */
  baseUrl?: string;
  /** Replace only scheme, host and port (verify points snippets at its capture server this way). */
  origin?: string;
  /** A folder of template overrides and added clients, searched before the built-in templates. */
  templates?: string;
  /** The client listed first. */
  defaultClient?: string;
  clientOptions?: Record<string, ClientOptions>;
  placeholders?: Placeholders;
  /** Output formats (see FORMATS in src/output/formats); default Markdown pages. */
  formats?: readonly string[];
  /** Only some endpoints (--only, --sample). */
  select?: Selection;
}

/** Every client available with these options: the built-in ones, then those added in the templates folder. */
export function availableClients(options: Pick<GenerateOptions, 'templates'>): ClientDescriptor[] {
  return [...CLIENTS, ...loadCustomClients(options.templates ? [options.templates] : [], CLIENTS)];
}

export interface Generation {
  endpoints: Endpoint[];
  clients: ClientDescriptor[];
  files: OutputFile[];
  /** Problems that did not stop generation (placeholder values, files a snippet needs), each once. */
  warnings: SnipgenError[];
  /** True when an OpenAPI input pulls other files in through `$ref` (the output depends on files not among the inputs). */
  externalRefs: boolean;
}

/** Loads, normalises and renders everything in memory; throws SnipgenError(s) on bad input before any output exists. */
export function generate(options: GenerateOptions): Generation {
  const generation = generateLazily(options, { keepAll: true });
  const endpoints = [...generation.endpoints].map(({ endpoint }) => endpoint);
  const files: OutputFile[] = [];
  // Joined while the manifest can still be read (the plan drops its spool once iterated).
  for (const file of generation.files) files.push({ path: file.path, content: contentOf(file) });
  return { endpoints, clients: generation.clients, files, warnings: generation.warnings(), externalRefs: generation.externalRefs };
}

/** generate()'s result with the endpoints read and the files rendered only as they are iterated. */
export interface LazyGeneration {
  /** Checked before this returns; iterated again, they are read again (see openEndpoints). */
  endpoints: EndpointSource;
  clients: ClientDescriptor[];
  /** Rendered as they are iterated (once); the manifest comes last, as a StreamedFile. */
  files: Iterable<PlannedFile>;
  /** Loading's warnings at once; the output formats' too once the files have been iterated. */
  warnings(): SnipgenError[];
  externalRefs: boolean;
}

/**
 * generate(), for a caller that writes or compares each file as it comes (gen, check): it never
 * holds the whole output, nor (beyond `keep`, unless `keepAll`) the endpoints. Bad input
 * throws here; a shape a client cannot express throws while the files are iterated.
 */
export function generateLazily(options: GenerateOptions, { keepAll = false, keep = KEPT_ENDPOINTS } = {}): LazyGeneration {
  const style = options.style ?? 'runnable';
  const clients = findClients(options.clients, availableClients(options), options.defaultClient);
  const renderer = new Renderer(clients, [style], { overrides: options.templates ? [options.templates] : [], clientOptions: options.clientOptions });
  const formats = parseFormats(options.formats ?? DEFAULT_FORMATS);
  // Formats that cover every endpoint hold all of it anyway: reading the inputs twice would gain nothing.
  const holdsAll = keepAll || formats.some((f) => !PAGE_FORMATS.includes(f));
  const endpoints = selectEndpoints(
    openEndpoints(options.inputs, process.cwd(), importOptions(options), { style, baseUrl: options.baseUrl, origin: options.origin, placeholders: options.placeholders }, holdsAll ? Infinity : keep),
    options.select,
  );
  const warnings = [...endpoints.warnings];
  return {
    endpoints,
    clients,
    files: planFiles(endpoints, clients, renderer, { formats, warnings }),
    warnings: () => onlyOnce(warnings),
    externalRefs: endpoints.externalRefs,
  };
}
function onlyOnce(warnings: readonly SnipgenError[]): SnipgenError[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = w.loc ? `${formatLocation(w.loc)} ${w.message}` : w.message;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
