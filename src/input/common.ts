import { createHash } from 'node:crypto';
import { SnipgenError, type SourceLocation } from '../errors.js';
import type { Locator, RawEndpoint } from '../spec/normalise.js';
import type { Overrides } from './overrides.js';
import { LIBRARY_MANAGED_HEADERS } from '../model.js';

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
export type EntryOrigin =
  | { kind: 'openapi'; document: OpenApiDocument; path: string; method: string }
  | { kind: 'har'; entry: number }
  | { kind: 'curl'; command: number }
  | { kind: 'postman'; item: string };

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
  /**
   * True: a problem in one operation or entry is an error and the file yields nothing (--strict).
   * False (the default): the operation or entry is skipped with a warning naming it, and a
   * violation that changes no request is a warning.
   */
  strict: boolean;
  /** Folders besides the document's own that a `$ref` may read files from (--allow-ref-root). */
  refRoots: readonly string[];
  /** Another file's path as messages show it. */
  show(file: string): string;
  /**
   * The ids derived so far in this run, across files: two captures of one site both hold a
   * `GET /`, and each gets an id of its own (`get`, `get-2`) as two in one file do.
   */
  ids: UniqueIds;
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
  /** How messages name it when it is skipped: `operation getPet (GET /pets/{id})`, `HAR entry 3 (POST /v1/orders)`. */
  name: string;
}

/** A problem of one operation or entry, before it is known whether it is an error or the reason to skip it. */
export interface EntryProblem {
  message: string;
  loc: SourceLocation;
}

/**
 * Settles one operation's or entry's problems: in strict mode each is an error, prefixed with
 * `name`; otherwise the entry is skipped, and one warning at the first problem's place says so
 * and why. Returns that warning (undefined in strict mode).
 */
export function settle(ctx: ImportContext, name: string, problems: readonly EntryProblem[], warnings: SnipgenError[], detail = ''): SnipgenError | undefined {
  if (ctx.strict) {
    ctx.errors.push(...problems.map((p) => new SnipgenError(`${name}: ${p.message}`, 'input', p.loc)));
    return undefined;
  }
  const warning = new SnipgenError(`skipped ${name}${detail}: ${problems.map((p) => p.message).join('; ')}`, 'input', problems[0]?.loc);
  warnings.push(warning);
  return warning;
}

/** A lower-case id in the endpoint id alphabet: camelCase split, every other run of characters a dash. */
export function slug(text: string): string {
  const s = text
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1-$2')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-.]+$/g, '');
  return s.length > MAX_SLUG ? shortened(s) : s || 'endpoint';
}

/**
 * The longest id an importer makes. An id names a folder and a page (`<id>.md`), and a file
 * name has at most 255 bytes on every common file system; Microsoft Graph's operationIds reach
 * 300 characters (`identityGovernance.entitlementManagement.accessPackageAssignments...`).
 */
const MAX_SLUG = 100;

/** The slug's first words, then a hash of the whole, so two long slugs that start alike stay apart. */
function shortened(s: string): string {
  const hash = createHash('sha256').update(s).digest('hex').slice(0, 8);
  const head = s.slice(0, MAX_SLUG - hash.length - 1);
  const cut = Math.max(head.lastIndexOf('-'), head.lastIndexOf('.'));
  return `${(cut > MAX_SLUG / 2 ? head.slice(0, cut) : head).replace(/[-.]+$/, '')}-${hash}`;
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

/**
 * The headers without those a client library writes itself (LIBRARY_MANAGED_HEADERS), which a
 * recorded or exported request carries: each one left out is told once, through `warn`.
 */
export function withoutLibraryHeaders<T extends { name: string }>(headers: T[], warn: (message: string) => void): T[] {
  const dropped = new Set<string>();
  const kept = headers.filter((h) => !LIBRARY_MANAGED_HEADERS.includes(h.name.toLowerCase()) || !dropped.add(h.name));
  if (dropped.size) warn(`${[...dropped].join(', ')} ${dropped.size === 1 ? 'is' : 'are'} not sent: each client library writes ${dropped.size === 1 ? 'it' : 'them'} for its own connection and decoders`);
  return kept;
}

/** The cookies of a Cookie header line (`a=1; b=2`), in order; a piece without `=` is a name with an empty value. */
export function parseCookieHeader(header: string): Array<{ name: string; value: string }> {
  return header
    .split(';')
    .map((c) => c.trim())
    .filter(Boolean)
    .map((c) => {
      const eq = c.indexOf('=');
      return eq === -1 ? { name: c, value: '' } : { name: c.slice(0, eq), value: c.slice(eq + 1) };
    });
}

/** One part of a raw endpoint's multipart body, as the importers build it. */
export type RawPart = NonNullable<NonNullable<RawEndpoint['body']>['multipart']>[number];

/**
 * A JSON object (not an array, not null): what a parsed document's fields are read as. Its
 * values are `any` for readers that walk a loosely typed document (HAR, Postman), or what the
 * caller names (`isMap<unknown>`) for one that checks each field.
 */
export function isMap<V = any>(value: unknown): value is Record<string, V> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
