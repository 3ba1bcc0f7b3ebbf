import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation, formatLocation, type SourceLocation } from '../errors.js';
import { specFiles } from '../files.js';
import type { Endpoint } from '../model.js';
import { normaliseEndpoint, type Locator, type NormaliseOptions, type RawEndpoint } from './normalise.js';
import { Importer, type EntryOrigin, type ImportOptions } from '../input/index.js';
import { validateEndpoint } from './validate.js';
import { YamlSource } from './yaml-source.js';

/** One endpoint as the author wrote it, with the means to locate its fields. */
export interface SpecEntry {
  raw: RawEndpoint;
  at: Locator;
  path: (string | number)[];
  /** Set for an endpoint imported from an OpenAPI or HAR file. */
  origin?: EntryOrigin;
  /** Problems worth telling the user that do not stop generation (a schema the sampler could not handle). */
  warnings?: SnipgenError[];
}

export { specFiles };

/**
 * Reads and validates every spec file, reporting every problem in every file at once
 * (throws SnipgenErrors). Normalisation runs here too, so its errors are reported with the rest.
 */
export function loadSpecs(inputs: readonly string[], cwd = process.cwd(), options: ImportOptions = {}): SpecEntry[] {
  const errors: SnipgenError[] = [];
  const entries: SpecEntry[] = [];
  readInputs(inputs, cwd, options, errors, (found) => entries.push(...found));
  // Valid entries are normalised even when others failed, so every problem shows in one run.
  buildEndpoints(entries, { style: 'reference' }, errors, false);
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return entries;
}

export interface LoadedEndpoints {
  endpoints: Endpoint[];
  /** Where each endpoint came from, in the order of the endpoints. */
  origins: Array<EntryOrigin | undefined>;
  warnings: SnipgenError[];
}

/**
 * loadSpecs and buildEndpoints in one pass: each file's entries are normalised with `normalise`
 * as soon as the file is read, then dropped with the YAML node tree they point into, so only
 * the endpoints stay in memory. Every problem in every file is still reported at once.
 */
export function loadEndpoints(inputs: readonly string[], cwd: string, options: ImportOptions, normalise: NormaliseOptions): LoadedEndpoints {
  const errors: SnipgenError[] = [];
  const loaded: LoadedEndpoints = { endpoints: [], origins: [], warnings: [] };
  readInputs(inputs, cwd, options, errors, (found) => {
    for (const entry of found) {
      loaded.endpoints.push(normaliseEndpoint(entry.raw, entry.at, entry.path, normalise, errors));
      loaded.origins.push(entry.origin);
      loaded.warnings.push(...(entry.warnings ?? []));
    }
  });
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return loaded;
}

/** Reads each input file by what it contains (OpenAPI and HAR files are imported, the rest are specs) and hands its valid entries to `each`. */
function readInputs(inputs: readonly string[], cwd: string, options: ImportOptions, errors: SnipgenError[], each: (entries: SpecEntry[]) => void): void {
  const ids: IdSite[] = [];
  const importer = new Importer(options, cwd, errors);
  for (const file of specFiles(inputs)) {
    const shown = relative(cwd, file) || file;
    const text = readFileSync(file, 'utf8');
    const imported = importer.read(shown, text, file);
    if (imported) {
      for (const entry of imported) ids.push({ id: entry.raw.id, loc: entry.at.locate(entry.path) });
      each(imported);
    } else each(parseSpecText(shown, text, errors, file, ids));
  }
  errors.push(...importer.finish());
  errors.push(...duplicateIds(ids));
}

/** Where an endpoint id was written, for duplicate detection across every file. */
interface IdSite {
  id: string;
  loc: SourceLocation;
}

function duplicateIds(ids: readonly IdSite[]): SnipgenError[] {
  const first = new Map<string, IdSite>();
  const errors: SnipgenError[] = [];
  for (const site of ids) {
    const earlier = first.get(site.id);
    if (!earlier) first.set(site.id, site);
    else errors.push(new SnipgenError(`duplicate endpoint id "${site.id}" (first defined at ${formatLocation(earlier.loc)})`, 'input', site.loc));
  }
  return errors;
}

/** Parses one spec file's text; `realPath` is where its relative file references resolve from. */
export function parseSpecText(shown: string, text: string, errors: SnipgenError[], realPath = shown, ids: IdSite[] = []): SpecEntry[] {
  const { source, errors: syntaxErrors } = YamlSource.parse(shown, text);
  if (syntaxErrors.length) {
    errors.push(...syntaxErrors);
    return [];
  }
  const value = source.toJS();
  if (value === null || value === undefined) {
    errors.push(new SnipgenError('the file is empty: expected an endpoint or a list of endpoints', 'input', source.at(0)));
    return [];
  }
  const list = Array.isArray(value) ? value : [value];
  const at: Locator = { file: realPath, locate: (p) => source.locate(p) };
  const entries: SpecEntry[] = [];
  list.forEach((raw, i) => {
    const path = Array.isArray(value) ? [i] : [];
    if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
      ids.push({ id: (raw as { id: string }).id, loc: source.locate([...path, 'id']) });
    }
    const problems = validateEndpoint(raw, source, path);
    if (problems.length) errors.push(...problems);
    else entries.push({ raw: raw as RawEndpoint, at, path });
  });
  return entries;
}

/** Normalises loaded entries; throws every collected problem unless `throwOnError` is false. */
export function buildEndpoints(entries: readonly SpecEntry[], options: NormaliseOptions, errors: SnipgenError[] = [], throwOnError = true): Endpoint[] {
  const endpoints = entries.map((e) => normaliseEndpoint(e.raw, e.at, e.path, options, errors));
  if (throwOnError && errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return endpoints;
}
