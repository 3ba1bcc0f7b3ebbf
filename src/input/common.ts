import type { SnipgenError, SourceLocation } from '../errors.js';
import type { Locator, RawEndpoint } from '../spec/normalise.js';
import type { Overrides } from './overrides.js';

/** One endpoint as the author wrote it (or an importer made it), with the means to locate its fields. */
export interface SpecEntry {
  raw: RawEndpoint;
  at: Locator;
  path: (string | number)[];
  /** Set for an endpoint imported from an OpenAPI or HAR file. */
  origin?: EntryOrigin;
  /** Problems worth telling the user that do not stop generation (a schema the sampler could not handle). */
  warnings?: SnipgenError[];
}

/** Where an imported endpoint came from: for OpenAPI, the operation its code samples go back into. */
export type EntryOrigin = { kind: 'openapi'; document: OpenApiDocument; path: string; method: string } | { kind: 'har'; entry: number };

/** An OpenAPI input as read, for writing it back with `x-codeSamples` in its own format. */
export interface OpenApiDocument {
  /** Where the file is (its relative `$ref`s resolve from here). */
  file: string;
  /** The path as shown in messages. */
  shown: string;
  format: 'json' | 'yaml';
  text: string;
  /** The document with external references bundled in, when it had any; otherwise null (use `text`). */
  bundled: Record<string, unknown> | null;
}

/** What an importer needs: the file, the place to report problems, the overrides to apply. */
export interface ImportContext {
  /** The real path (relative files resolve from its folder). */
  file: string;
  /** The path as shown in messages. */
  shown: string;
  text: string;
  errors: SnipgenError[];
  overrides: Overrides | undefined;
}

/** A source map over the input document: the place of the value at a path of keys. */
export interface DocumentSource {
  locate(path: readonly (string | number)[]): SourceLocation;
}

/** An imported endpoint before it joins the spec entries. */
export interface Imported {
  raw: RawEndpoint;
  /** The place in the input document that describes the whole endpoint. */
  pointer: (string | number)[];
  /** The place of the request body, for body errors. */
  bodyPointer: (string | number)[];
  origin: EntryOrigin;
  /** The names an override may use for this endpoint. */
  keys: string[];
  warnings: string[];
}

/** A lower-case id in the endpoint id alphabet: camelCase split, every other run of characters a dash. */
export function slug(text: string): string {
  const s = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return s || 'endpoint';
}

/** Makes ids unique in order of appearance: the second `x` becomes `x-2`, and so on. */
export class UniqueIds {
  private readonly taken = new Set<string>();

  claim(id: string): string {
    let unique = id;
    for (let n = 2; this.taken.has(unique); n++) unique = `${id}-${n}`;
    this.taken.add(unique);
    return unique;
  }
}

/** `/a/b~c` as a JSON pointer, for messages. */
export function pointer(path: readonly (string | number)[]): string {
  return '#' + path.map((s) => '/' + String(s).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}
