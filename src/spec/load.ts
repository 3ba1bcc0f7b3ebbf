import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { relative } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation, formatLocation, type SourceLocation } from '../errors.js';
import { specFiles } from '../files.js';
import type { Endpoint } from '../model.js';
import { normaliseEndpoint, type Locator, type NormaliseOptions, type RawEndpoint } from './normalise.js';
import { Importer, type EntryOrigin, type ImportOptions } from '../input/index.js';
import { validateEndpoint } from './validate.js';
import { YamlSource } from './yaml-source.js';
import { BlockFile } from '../output/spool.js';

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

/**
 * Endpoints kept from the checking pass for the rendering pass, at most: about 4 KB each, so a
 * few megabytes. The rest of a larger API goes to a temporary file (see openEndpoints).
 */
export const KEPT_ENDPOINTS = 2_500;

export interface LoadedEndpoint {
  endpoint: Endpoint;
  origin?: EntryOrigin;
}

/**
 * Every endpoint of the inputs, checked: iterating yields them in order (any number of times),
 * reading again the files whose endpoints were not kept.
 */
export interface EndpointSource extends Iterable<LoadedEndpoint> {
  count: number;
  warnings: SnipgenError[];
  /** The files the endpoints upload (absolute paths), each once. */
  uploads: string[];
  /** True when an OpenAPI input pulls other files in through `$ref`. */
  externalRefs: boolean;
}

interface ReadFile {
  file: string;
  shown: string;
  /** Kept in memory. */
  endpoints?: LoadedEndpoint[];
  /** Serialised to a temporary file (v8.serialize: plain data, a tenth of the cost of reading the YAML again). */
  block?: { offset: number; length: number };
  /** Neither (its endpoints point into an OpenAPI document): sha256 of the text, to notice a file that changed before it is read again. */
  digest?: string;
}

/**
 * Every endpoint of the inputs, for an API of any size, in two passes. The first reads, validates
 * and normalises every file, reporting every problem in every file at once (throws
 * SnipgenErrors), and keeps only small facts (counts, warnings, uploads; ids while checking for
 * duplicates) plus the first `keep` endpoints; the others are serialised to a temporary file.
 * Iterating yields them in order, deserialising each file's as they are asked for, so memory does
 * not grow with the API. Endpoints imported from OpenAPI point into their document: those files
 * are read and imported again instead, and one that changed in between is refused rather than
 * mixed into the output.
 */
export function openEndpoints(inputs: readonly string[], cwd: string, options: ImportOptions, normalise: NormaliseOptions, keep = KEPT_ENDPOINTS): EndpointSource {
  const errors: SnipgenError[] = [];
  const files: ReadFile[] = [];
  const warnings: SnipgenError[] = [];
  const uploads = new Set<string>();
  let count = 0;
  let kept = 0;
  let externalRefs = false;
  let blocks: BlockFile | undefined;
  readInputs(inputs, cwd, options, errors, (found, read) => {
    const endpoints = found.map((entry) => ({ endpoint: normaliseEndpoint(entry.raw, entry.at, entry.path, normalise, errors), origin: entry.origin }));
    for (const entry of found) warnings.push(...(entry.warnings ?? []));
    for (const { endpoint, origin } of endpoints) {
      const body = endpoint.body;
      if (body?.kind === 'file') uploads.add(body.absPath);
      if (body?.kind === 'multipart') for (const part of body.parts) if (part.kind === 'file') uploads.add(part.absPath);
      if (origin?.kind === 'openapi' && origin.document.bundled !== null) externalRefs = true;
    }
    count += endpoints.length;
    if (kept + endpoints.length <= keep) {
      kept += endpoints.length;
      files.push({ file: read.file, shown: read.shown, endpoints });
    } else if (endpoints.some(({ origin }) => origin?.kind === 'openapi')) files.push({ file: read.file, shown: read.shown, digest: sha256(read.text) });
    else files.push({ file: read.file, shown: read.shown, block: (blocks ??= new BlockFile()).append(serialize(endpoints)) });
  });
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return {
    count,
    warnings,
    uploads: [...uploads],
    externalRefs,
    *[Symbol.iterator]() {
      // A second importer, so that what the first one collects (documents, overrides used) is not counted twice.
      let again: Importer | undefined;
      // The first pass found none; any here means a file changed under us.
      const problems: SnipgenError[] = [];
      for (const read of files) {
        if (read.endpoints) {
          yield* read.endpoints;
          continue;
        }
        if (read.block) {
          yield* deserialize(blocks!.read(read.block)) as LoadedEndpoint[];
          continue;
        }
        const text = readFileSync(read.file, 'utf8');
        if (sha256(text) !== read.digest) throw new SnipgenError(`${read.shown} changed while snipgen was reading it; run again`, 'input');
        again ??= new Importer(options, cwd, problems);
        const found = again.read(read.shown, text, read.file) ?? parseSpecText(read.shown, text, problems, read.file);
        if (problems.length) throw new SnipgenErrors(problems.sort(byLocation));
        for (const entry of found) {
          const endpoint = normaliseEndpoint(entry.raw, entry.at, entry.path, normalise, problems);
          if (problems.length) throw new SnipgenErrors(problems.sort(byLocation));
          yield { endpoint, origin: entry.origin };
        }
      }
    },
  };
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('base64');
}

/** Reads each input file by what it contains (OpenAPI and HAR files are imported, the rest are specs) and hands its valid entries to `each`. */
function readInputs(
  inputs: readonly string[],
  cwd: string,
  options: ImportOptions,
  errors: SnipgenError[],
  each: (entries: SpecEntry[], read: { file: string; shown: string; text: string }) => void,
): void {
  const ids = new IdSites(errors);
  const importer = new Importer(options, cwd, errors);
  for (const file of specFiles(inputs)) {
    const shown = relative(cwd, file) || file;
    const text = readFileSync(file, 'utf8');
    const imported = importer.read(shown, text, file);
    if (imported) {
      for (const entry of imported) ids.push({ id: entry.raw.id, loc: entry.at.locate(entry.path) });
      each(imported, { file, shown, text });
    } else each(parseSpecText(shown, text, errors, file, ids), { file, shown, text });
  }
  errors.push(...importer.finish());
}

/** Where an endpoint id was written, for duplicate detection across every file. */
interface IdSite {
  id: string;
  loc: SourceLocation;
}

/**
 * Reports each id seen before. Only the first site of each id is kept, outside V8's heap (a heap
 * that holds more lets more garbage pile up before it is collected): the id's UTF-16 code units
 * in one growing buffer, its site as three numbers, and an open-addressing table of their
 * indexes. About 40 bytes per endpoint.
 */
class IdSites {
  private count = 0;
  private bytes = Buffer.allocUnsafe(1 << 16);
  private used = 0;
  /** Per id: where its code units start in `bytes`, and end. */
  private bounds = new Int32Array(2 * 1024);
  /** Per id: file index, line, col. */
  private sites = new Int32Array(3 * 1024);
  /** Id index + 1 per slot; 0 is free. */
  private table = new Int32Array(4096);
  private readonly files: string[] = [];
  private readonly fileIndex = new Map<string, number>();

  constructor(private readonly errors: SnipgenError[]) {}

  push(site: IdSite): void {
    const id = Buffer.from(site.id, 'utf16le');
    const slot = this.find(id);
    const earlier = this.table[slot]! - 1;
    if (earlier >= 0) {
      const loc = { file: this.files[this.sites[3 * earlier]!]!, line: this.sites[3 * earlier + 1]!, col: this.sites[3 * earlier + 2]! };
      this.errors.push(new SnipgenError(`duplicate endpoint id "${site.id}" (first defined at ${formatLocation(loc)})`, 'input', site.loc));
      return;
    }
    const n = this.count++;
    if (this.used + id.length > this.bytes.length) this.bytes = grown(this.bytes, this.used + id.length);
    id.copy(this.bytes, this.used);
    if (2 * n + 2 > this.bounds.length) this.bounds = grown(this.bounds, 2 * n + 2);
    this.bounds.set([this.used, this.used + id.length], 2 * n);
    this.used += id.length;
    let file = this.fileIndex.get(site.loc.file);
    if (file === undefined) this.fileIndex.set(site.loc.file, (file = this.files.push(site.loc.file) - 1));
    if (3 * n + 3 > this.sites.length) this.sites = grown(this.sites, 3 * n + 3);
    this.sites.set([file, site.loc.line, site.loc.col], 3 * n);
    this.table[slot] = n + 1;
    if (2 * this.count > this.table.length) this.rehash();
  }

  /** The slot holding this id, else the free slot where it belongs. */
  private find(id: Buffer): number {
    const mask = this.table.length - 1;
    for (let slot = hash(id) & mask; ; slot = (slot + 1) & mask) {
      const entry = this.table[slot]!;
      if (entry === 0) return slot;
      const start = this.bounds[2 * (entry - 1)]!;
      const end = this.bounds[2 * (entry - 1) + 1]!;
      if (end - start === id.length && this.bytes.compare(id, 0, id.length, start, end) === 0) return slot;
    }
  }

  private rehash(): void {
    this.table = new Int32Array(2 * this.table.length);
    const mask = this.table.length - 1;
    for (let n = 0; n < this.count; n++) {
      let slot = hash(this.bytes.subarray(this.bounds[2 * n]!, this.bounds[2 * n + 1]!)) & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = n + 1;
    }
  }
}

/** FNV-1a. */
function hash(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
  return h >>> 0;
}

function grown<T extends Buffer | Int32Array>(array: T, atLeast: number): T {
  let length = 2 * array.length;
  while (length < atLeast) length *= 2;
  const larger = (Buffer.isBuffer(array) ? Buffer.allocUnsafe(length) : new Int32Array(length)) as T;
  larger.set(array);
  return larger;
}

/** Parses one spec file's text; `realPath` is where its relative file references resolve from. */
export function parseSpecText(shown: string, text: string, errors: SnipgenError[], realPath = shown, ids: { push(site: IdSite): void } = []): SpecEntry[] {
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
