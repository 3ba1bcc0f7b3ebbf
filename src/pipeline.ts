// The one way every command builds its work: options (flags over the config over the defaults),
// then the clients, the inputs and a renderer. gen, check, --debug-model and verify all ask here,
// so what one prints is what another writes.
import { resolve } from 'node:path';
import { changedSince } from './changed.js';
import { isWithin } from './paths.js';
import { builtinClientsFolder, findClients, availableClients, type ClientDescriptor } from './clients/index.js';
import { loadConfig, type ClientOptions, type Placeholders } from './config.js';
import type { SnipgenError } from './errors.js';
import { loadInputs, buildEndpoints, type LoadedInputs, type SpecEntry } from './input/load.js';
import { importOptions, type EntryOrigin, type ImportOptions } from './input/index.js';
import { chooseIds, parseSelection, type Selection } from './select.js';
import type { WarningsFormat } from './warnings.js';
import type { Endpoint, Style } from './model.js';
import { Renderer } from './render/index.js';

export interface RunOptions extends ImportOptions {
  inputs: readonly string[];
  out: string;
  clients?: readonly string[];
  /** The client listed first. */
  defaultClient?: string;
  style: Style;
  /** Replaces every endpoint's base URL. */
  baseUrl?: string;
  /** A folder of template overrides and added clients, searched before the built-in templates. */
  templates?: string;
  clientOptions?: Record<string, ClientOptions>;
  placeholders?: Placeholders;
  /** Output formats (see src/output/formats); default Markdown pages. */
  formats?: readonly string[];
  /** Only some endpoints (--only, --sample). */
  select?: Selection;
  /** How gen tells its warnings. */
  warnings?: WarningsFormat;
  /** The authors' own Markdown/MDX pages (files or folders) whose marker regions snipgen fills. */
  docs?: string[];
  /** The config file these options came from, if any (watch mode watches it). */
  configFile?: string;
}

/** Flags as commander gives them; every one optional. */
export type RunFlags = Partial<Record<'out' | 'style' | 'baseUrl' | 'templates' | 'overrides' | 'config' | 'sample' | 'seed' | 'changedSince', string>> &
  Partial<Record<'clients' | 'docs' | 'formats' | 'allowRefRoot' | 'postmanEnv' | 'only', string[]>> & { strict?: boolean; warnings?: WarningsFormat };

/** Flags merged over the config, over the built-in defaults. */
export function resolveRunOptions(inputs: readonly string[], flags: RunFlags, cwd = process.cwd(), defaultInputs: readonly string[] = ['specs']): RunOptions {
  const config = loadConfig(cwd, flags.config);
  return {
    inputs: inputs.length ? inputs : (config.inputs ?? defaultInputs),
    out: flags.out ?? config.out ?? 'generated',
    clients: flags.clients ?? config.clients,
    defaultClient: config.defaultClient,
    style: (flags.style as Style | undefined) ?? config.style ?? 'runnable',
    baseUrl: flags.baseUrl ?? config.baseUrl,
    docs: flags.docs ?? config.docs,
    templates: flags.templates ?? config.templates,
    clientOptions: config.clientOptions,
    placeholders: config.placeholders,
    formats: flags.formats ?? config.formats,
    overrides: flags.overrides ?? config.overrides,
    strict: flags.strict ?? config.strict,
    allowRefRoots: flags.allowRefRoot ?? config.allowRefRoots,
    postmanEnv: flags.postmanEnv,
    select: parseSelection(flags),
    warnings: flags.warnings,
    configFile: config.file,
  };
}

export interface LoadedEndpoint {
  endpoint: Endpoint;
  origin?: EntryOrigin;
}

export interface Run {
  options: RunOptions;
  clients: ClientDescriptor[];
  inputs: LoadedInputs;
  /** Every template of the chosen clients, compiled, for the styles the run was loaded with. */
  renderer: Renderer;
  /** The endpoints in the options' style, in input order. */
  endpoints: LoadedEndpoint[];
  warnings: SnipgenError[];
  /** One entry again, in another style or pointed at another origin (verify's capture server). */
  normalise(entry: SpecEntry, style: Style, origin?: string): Endpoint;
}

/**
 * Loads everything a command works on; throws SnipgenError(s) on bad input or an unknown client,
 * before anything is written. `styles` are the styles the renderer compiles (default the options').
 */
export function loadRun(options: RunOptions, styles: readonly Style[] = [options.style]): Run {
  const clients = findClients(options.clients, availableClients(options.templates), options.defaultClient);
  const renderer = rendererFor(options, clients, styles);
  const inputs = select(loadInputs(options.inputs, process.cwd(), importOptions(options)), options);
  const normalise = (entry: SpecEntry, style: Style, origin?: string): Endpoint =>
    buildEndpoints([entry], { style, baseUrl: options.baseUrl, origin, placeholders: options.placeholders })[0]!;
  const endpoints = buildEndpoints(inputs.entries, { style: options.style, baseUrl: options.baseUrl, placeholders: options.placeholders }).map((endpoint, i) => ({
    endpoint,
    origin: inputs.entries[i]!.origin,
  }));
  return { options, clients, inputs, renderer, endpoints, warnings: inputs.warnings, normalise };
}

/** The inputs with only the entries the selection keeps (all of them without one). */
function select(inputs: LoadedInputs, options: RunOptions): LoadedInputs {
  const selection = options.select;
  if (!selection) return inputs;
  let entries = inputs.entries;
  if (selection.changedSince !== undefined) entries = changedEntries(entries, selection.changedSince, options);
  if (selection.only?.length || selection.sample !== undefined) {
    const chosen = chooseIds(entries.map((e) => e.raw.id), selection);
    entries = entries.filter((e) => chosen.has(e.raw.id));
  }
  return { ...inputs, entries };
}

/**
 * The entries whose input file changed since a git revision. Any other change that can alter a
 * snippet (a built-in client, the user's templates, the config, or a file in an input folder
 * that is not itself an input, such as a `$ref`ed schema or an upload) keeps every entry: better
 * verify too much than pass a change unverified.
 */
function changedEntries(entries: SpecEntry[], ref: string, options: RunOptions): SpecEntry[] {
  const cwd = process.cwd();
  const changed = changedSince(ref, cwd);
  const fileOf = (entry: SpecEntry) => resolve(cwd, entry.at.locate(entry.path).file);
  const inputFiles = new Set(entries.map(fileOf));
  const watched = [builtinClientsFolder(), ...(options.templates ? [resolve(cwd, options.templates)] : []), ...options.inputs.map((i) => resolve(cwd, i))];
  const wide = [...changed].some((file) => !inputFiles.has(file) && (file === options.configFile || watched.some((folder) => isWithin(file, folder))));
  return wide ? entries : entries.filter((entry) => changed.has(fileOf(entry)));
}

/** A renderer for some of a run's clients (verify compiles each client on its own, so one broken template fails only its client). */
export function rendererFor(options: Pick<RunOptions, 'templates' | 'clientOptions'>, clients: readonly ClientDescriptor[], styles: readonly Style[]): Renderer {
  return new Renderer(clients, styles, { overrides: options.templates, clientOptions: options.clientOptions });
}
