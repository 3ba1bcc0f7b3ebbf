import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SnipgenError, type SourceLocation } from '../errors.js';
import { YamlSource } from '../spec/yaml-source.js';
import { pointer, type DocumentSource, type EntryProblem, type ImportContext } from './common.js';
import type { Version } from './openapi.js';
import type { RefProblem, RefRefusal } from './openapi-parser.js';
import { isSchema } from './sampler.js';

/**
 * Where the problems @readme/openapi-parser reports are in the document, and which operations
 * they cost: its messages name JSON pointers and files, which importOpenApi turns into located
 * errors and warnings, and skipped operations.
 */

// Dereferenced document nodes: every field is checked where it is read.
type Node = Record<string, any>;

/** Places in the document and in the files its `$ref`s read, for messages about `$ref`s. */
export class RefPlaces {
  private readonly others = new Map<string, YamlSource | undefined>();

  constructor(
    private readonly ctx: ImportContext,
    private readonly source: DocumentSource,
  ) {}

  /** The place of the object at `path` in `file` (absolute, or undefined for the document itself). */
  locate(file: string | undefined, path: readonly (string | number)[]): SourceLocation {
    if (file === undefined || resolve(file) === resolve(this.ctx.file)) return this.source.locate(path);
    let other = this.others.get(file);
    if (!this.others.has(file)) {
      try {
        other = YamlSource.parse(this.ctx.show(file), readFileSync(file, 'utf8')).source;
      } catch {
        other = undefined;
      }
      this.others.set(file, other);
    }
    return other?.locate(path) ?? { file: this.ctx.show(file), line: 1, col: 1 };
  }

  /** A broken `$ref` as an error at the `$ref`, with its JSON pointer (and file, when it is another). */
  error(message: string, problem: RefProblem): SnipgenError {
    const path = [...(problem.path ?? []), '$ref'];
    const elsewhere = problem.source !== undefined && resolve(problem.source) !== resolve(this.ctx.file);
    const where = problem.path ? ` (at ${elsewhere ? this.ctx.show(problem.source!) : ''}${pointer(path)})` : '';
    return new SnipgenError(message + where, 'input', problem.path ? this.locate(problem.source, path) : this.source.locate([]));
  }
}

/** Each `$ref` the parser refused to read, once, as an error at the `$ref`. */
export function refusalErrors(refusals: readonly RefRefusal[], places: RefPlaces, ctx: ImportContext): SnipgenError[] {
  const seen = new Set<string>();
  const errors: SnipgenError[] = [];
  for (const r of refusals) {
    const key = `${r.why}\0${r.target}\0${r.base}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const [file, hash] = (r.base ?? '').split('#') as [string, string | undefined];
    const path = [...(hash ? decodePointer(hash) : []), '$ref'];
    const written = r.ref !== undefined ? `$ref ${JSON.stringify(r.ref)}` : 'a $ref';
    const message =
      r.why === 'network'
        ? `${written} is not read: snipgen never reads a $ref over the network (save the file in the document's folder and refer to it there)`
        : `${written} reads ${ctx.show(r.target).startsWith('..') ? r.target : ctx.show(r.target)}, outside the document's folder: refused, because what a $ref reads is published in the snippets and pages (--allow-ref-root DIR allows another folder)`;
    errors.push(new SnipgenError(`${message} (at ${file && resolve(file) !== resolve(ctx.file) ? ctx.show(file) : ''}${pointer(path)})`, 'input', places.locate(file || undefined, path)));
  }
  return errors;
}

/**
 * Which operations use a `$ref` the parser could not follow: from the operation (and its path
 * item's parameters and its security schemes) through the document's own `$ref`s as written.
 * A broken `$ref` inside another file counts against every operation that reads any other file.
 */
export class BrokenRefUse {
  readonly used = new Set<RefProblem>();
  private readonly inDocument = new Map<string, { problem: EntryProblem; ref: RefProblem }>();
  private readonly elsewhere: Array<{ problem: EntryProblem; ref: RefProblem }> = [];

  constructor(
    ctx: ImportContext,
    private readonly original: Node,
    private readonly version: Version,
    broken: ReadonlyArray<{ problem: RefProblem; error: SnipgenError }>,
  ) {
    for (const { problem, error } of broken) {
      const entry = { problem: { message: `it uses a $ref that cannot be followed: ${error.message.replace(/^invalid OpenAPI: /, '')}`, loc: error.loc! }, ref: problem };
      if (problem.path && (problem.source === undefined || resolve(problem.source) === resolve(ctx.file))) this.inDocument.set(pointer(problem.path), entry);
      else this.elsewhere.push(entry);
    }
  }

  /** The broken `$ref` the operation (or path item) at `path` reads, if any. */
  find(path: readonly string[]): { problem: EntryProblem } | undefined {
    if (this.inDocument.size === 0 && this.elsewhere.length === 0) return undefined;
    const seen = new Set<unknown>();
    let found: { problem: EntryProblem; ref: RefProblem } | undefined;
    const visit = (node: unknown, at: readonly string[]): void => {
      if (found) return;
      found = this.inDocument.get(pointer(at));
      if (found || typeof node !== 'object' || node === null || seen.has(node)) return;
      seen.add(node);
      const ref = (node as Node).$ref;
      if (typeof ref === 'string') {
        if (ref.startsWith('#')) {
          const target = decodePointer(ref.slice(1));
          visit(valueAt(this.original, target), target);
        } else found = this.elsewhere[0];
        if (found) return;
      }
      for (const [key, value] of Object.entries(node)) visit(value, [...at, key]);
    };
    const item = valueAt(this.original, path.slice(0, 2));
    visit(valueAt(this.original, path), path);
    if (path.length > 2 && isSchema(item)) {
      visit(item.parameters, [...path.slice(0, 2), 'parameters']);
      if (typeof item.$ref === 'string') visit(item, path.slice(0, 2));
      const op = valueAt(this.original, path);
      const requirements = isSchema(op) && Array.isArray(op.security) ? op.security : Array.isArray(this.original.security) ? this.original.security : [];
      const schemes = this.version === '2.0' ? ['securityDefinitions'] : ['components', 'securitySchemes'];
      for (const name of requirements.flatMap((r: unknown) => (isSchema(r) ? Object.keys(r) : []))) visit(valueAt(this.original, [...schemes, name]), [...schemes, name]);
    }
    if (found) this.used.add(found.ref);
    return found;
  }
}

function valueAt(node: unknown, path: readonly string[]): unknown {
  let value = node;
  for (const key of path) value = typeof value === 'object' && value !== null ? (value as Node)[key] : undefined;
  return value;
}

function decodePointer(hash: string): string[] {
  return hash
    .split('/')
    .slice(1)
    .map((s) => decodeURIComponent(s).replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** A message of the parser's schema check (better-ajv-errors: `ENUM must be equal to ...`), which schemaProblems places instead. */
export function isSchemaMessage(message: string): boolean {
  return /^[A-Z][A-Z ]* must\b/.test(message) || /^must\b/.test(message);
}

/** The parser's own check of component names, which nameProblems places instead. */
export function isNameMessage(message: string): boolean {
  return /^`\/(components|definitions)\/.*` has an invalid name\./.test(message);
}

/** A message about a `$ref` the parser could not follow, reported from the dereferencing instead. */
export function isRefMessage(message: string): boolean {
  return /Missing \$ref pointer|Error (opening|reading|resolving|parsing) file|Unable to (resolve|parse)|snipgen does not read/.test(message);
}

export function hasExternalRefs(node: unknown, seen = new Set<unknown>()): boolean {
  if (typeof node !== 'object' || node === null || seen.has(node)) return false;
  seen.add(node);
  if (!Array.isArray(node) && typeof (node as Node).$ref === 'string' && !(node as Node).$ref.startsWith('#')) return true;
  return Object.values(node).some((v) => hasExternalRefs(v, seen));
}

/** The parser's message without its code frame, which shows a re-serialised document, not the file. */
export function parserMessage(message: string): string {
  return message.split('\n')[0]!.trim();
}

/** The place a parser message is about: the `$ref` it could not resolve, or the operation it names. */
export function parserPlace(message: string, doc: Node): (string | number)[] {
  const missing = /Missing \$ref pointer "([^"]*)"/.exec(message)?.[1];
  const file = /Error (?:opening|reading|resolving|parsing) file "?([^":\s]+)/.exec(message)?.[1];
  if (missing !== undefined || file !== undefined) {
    const found = findRef(doc, (ref) => (missing !== undefined ? ref === missing || (missing.includes('#') && ref.endsWith('#' + missing.split('#')[1])) : file!.endsWith(ref.split('#')[0]!.replace(/^\.\//, ''))));
    if (found) return found;
  }
  const named = /`(\/paths\/[^`]*)`/.exec(message)?.[1];
  if (named) {
    const path = Object.keys(doc.paths ?? {})
      .filter((p) => named === `/paths${p}` || named.startsWith(`/paths${p}/`))
      .sort((a, b) => b.length - a.length)[0];
    if (path !== undefined) return ['paths', path, ...named.slice(`/paths${path}/`.length).split('/').filter(Boolean)];
  }
  return [];
}

function findRef(node: unknown, matches: (ref: string) => boolean, path: (string | number)[] = []): (string | number)[] | undefined {
  if (typeof node !== 'object' || node === null) return undefined;
  if (!Array.isArray(node) && typeof (node as Node).$ref === 'string' && matches((node as Node).$ref)) return [...path, '$ref'];
  for (const [key, value] of Object.entries(node)) {
    const found = findRef(value, matches, [...path, Array.isArray(node) ? Number(key) : key]);
    if (found) return found;
  }
  return undefined;
}
