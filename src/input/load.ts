import { relative } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation, formatLocation, type SourceLocation } from '../errors.js';
import { readInput, specFiles } from '../files.js';
import type { Endpoint } from '../model.js';
import { normaliseEndpoint, type Locator, type NormaliseOptions, type RawEndpoint } from '../spec/normalise.js';
import { validateEndpoint } from '../spec/validate.js';
import { YamlSource } from '../spec/yaml-source.js';
import type { OpenApiDocument, SpecEntry } from './common.js';
import { Importer, type ImportOptions } from './index.js';

export type { SpecEntry } from './common.js';
export { specFiles };

/** Every input's entries, checked, with what the run needs to know about them. */
export interface LoadedInputs {
  entries: SpecEntry[];
  /** The OpenAPI documents read (the `openapi` output format writes them back with samples). */
  documents: OpenApiDocument[];
  /** Problems that do not stop generation (a schema the sampler could not handle), in input order. */
  warnings: SnipgenError[];
}

/**
 * Reads, validates and normalises every input file, reporting every problem in every file at
 * once (throws SnipgenErrors). Each file is read by what it contains: OpenAPI and HAR files are
 * imported, the rest are endpoint specs.
 */
export function loadInputs(inputs: readonly string[], cwd = process.cwd(), options: ImportOptions = {}): LoadedInputs {
  const errors: SnipgenError[] = [];
  const entries: SpecEntry[] = [];
  const ids = new Map<string, SourceLocation>();
  const claim = (id: string, loc: SourceLocation) => {
    const first = ids.get(id);
    if (first) errors.push(new SnipgenError(`duplicate endpoint id "${id}" (first defined at ${formatLocation(first)})`, 'input', loc));
    else ids.set(id, loc);
  };
  const importer = new Importer(options, cwd, errors);
  for (const file of specFiles(inputs)) {
    const shown = relative(cwd, file) || file;
    let text: string;
    try {
      text = readInput(file, shown);
    } catch (e) {
      if (!(e instanceof SnipgenError)) throw e;
      errors.push(e);
      continue;
    }
    let imported: SpecEntry[] | undefined;
    try {
      imported = importer.read(shown, text, file);
    } catch (e) {
      // Every reader of a nested document recurses (ours, the OpenAPI parser's, the validator's):
      // a document nested thousands of levels deep is refused at its file, not reported as a crash.
      if (!(e instanceof RangeError && /call stack/i.test(e.message))) throw e;
      errors.push(new SnipgenError('the input is nested too deeply for snipgen to read (reading it overflowed the stack): no API description or capture nests so deep', 'input', { file: shown, line: 1, col: 1 }));
      continue;
    }
    if (imported) for (const entry of imported) claim(entry.raw.id, entry.at.locate(entry.path));
    entries.push(...(imported ?? parseSpecText(shown, text, errors, file, claim)));
  }
  errors.push(...importer.finish());
  for (const entry of entries) refuseHugeValues(entry, errors);
  // Valid entries are normalised even when others failed, so every problem shows in one run.
  buildEndpoints(entries, { style: 'reference' }, errors, false);
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return { entries, documents: importer.documents, warnings: entries.flatMap((e) => e.warnings ?? []) };
}

/**
 * A value a snippet prints as a literal: beyond a few megabytes no reader wants it in a docs page,
 * and the escaped copies of it in every client's snippet outgrow what one string can hold.
 */
export const MAX_VALUE_LENGTH = 4 * 1024 * 1024;

function refuseHugeValues(entry: SpecEntry, errors: SnipgenError[]): void {
  // Walked without recursion, each value linked to its parent: a body nested a hundred thousand
  // levels deep (refused later, at its place) must not overflow the stack here.
  type Step = { value: unknown; key?: string | number; parent?: Step };
  const pathOf = (step: Step): (string | number)[] => {
    const path: (string | number)[] = [];
    for (let at: Step | undefined = step; at?.parent; at = at.parent) path.push(at.key!);
    return path.reverse();
  };
  const pending: Step[] = [{ value: entry.raw }];
  while (pending.length) {
    const step = pending.pop()!;
    const { value } = step;
    if (typeof value === 'string') {
      if (value.length > MAX_VALUE_LENGTH) {
        const mb = (value.length / 1024 / 1024).toFixed(1);
        errors.push(new SnipgenError(`a value of ${mb} MB is too long for a code sample (at most ${MAX_VALUE_LENGTH / 1024 / 1024} MB): send a large body from a file (body.file)`, 'input', entry.at.locate([...entry.path, ...pathOf(step)])));
      }
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Array.isArray(value) ? value.entries() : Object.entries(value)) pending.push({ value: child, key, parent: step });
    }
  }
}

/** loadInputs' entries alone. */
export function loadSpecs(inputs: readonly string[], cwd = process.cwd(), options: ImportOptions = {}): SpecEntry[] {
  return loadInputs(inputs, cwd, options).entries;
}

/** Parses one spec file's text; `realPath` is where its relative file references resolve from. */
export function parseSpecText(
  shown: string,
  text: string,
  errors: SnipgenError[],
  realPath = shown,
  claim: (id: string, loc: SourceLocation) => void = () => {},
): SpecEntry[] {
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
  const at: Locator = { file: realPath, locate: (p) => source.locate(p), locateKey: (p, key) => source.locateKey(p, key) };
  const entries: SpecEntry[] = [];
  list.forEach((raw, i) => {
    const path = Array.isArray(value) ? [i] : [];
    if (raw && typeof raw === 'object' && typeof (raw as { id?: unknown }).id === 'string') {
      claim((raw as { id: string }).id, source.locate([...path, 'id']));
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
