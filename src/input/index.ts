import { relative, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';
import { normaliseEndpoint, type Locator } from '../spec/normalise.js';
import { YamlSource } from '../spec/yaml-source.js';
import { UniqueIds, isMap, settle, type DocumentSource, type EntryOrigin, type ImportContext, type Imported, type OpenApiDocument, type SpecEntry } from './common.js';
import { importCurl, looksLikeCurl } from './curl.js';
import { importHar, isHarFragment } from './har.js';
import { JsonSource } from './json-source.js';
import { importOpenApi } from './openapi.js';
import { importPostman } from './postman.js';
import { loadPostmanEnvironments } from './postman-environment.js';
import { Overrides } from './overrides.js';

export type { EntryOrigin, OpenApiDocument, SpecEntry } from './common.js';

export interface ImportOptions {
  /** A YAML or JSON file pinning values per imported operation (see src/input/overrides.ts). */
  overrides?: string;
  /**
   * Refuse an input for any problem in it, each an error (--strict). By default a violation that
   * changes no request is a warning, and an operation or entry whose request cannot be known is
   * skipped with a warning.
   */
  strict?: boolean;
  /** Folders besides each OpenAPI document's own that its `$ref`s may read files from (--allow-ref-root). */
  allowRefRoots?: string[];
  /** Postman environment (or collection-variable) files whose values fill `{{variables}}` (--postman-env). */
  postmanEnv?: string[];
}

/** The import options among a command's options. */
export function importOptions(options: ImportOptions): ImportOptions {
  return { overrides: options.overrides, strict: options.strict, allowRefRoots: options.allowRefRoots, postmanEnv: options.postmanEnv };
}

export type InputKind = { kind: 'openapi'; format: 'json' | 'yaml' } | { kind: 'har' } | { kind: 'postman' } | { kind: 'curl' } | { kind: 'spec' };

/**
 * A Postman collection: v2.0 or v2.1 by its schema URL, one without `info` (Newman runs those),
 * or the retired v1 format (`requests` and `order`), which the importer refuses by name.
 */
function isPostmanCollection(value: Record<string, unknown>): boolean {
  if (isMap(value.info) && /schema\.getpostman\.com\/json\/collection\//.test(String(value.info.schema ?? ''))) return true;
  if (Array.isArray(value.item) && !('method' in value) && !('id' in value && 'baseUrl' in value)) return true;
  return Array.isArray(value.requests) && (Array.isArray(value.order) || Array.isArray(value.folders));
}

/**
 * What a file is, by its content: JSON or YAML with a top-level `openapi` or `swagger` key is an
 * OpenAPI description, JSON with `log.entries` a HAR capture, anything else an endpoint spec.
 */
export function detectInput(text: string): InputKind {
  if (/^\s*\{/.test(text)) {
    try {
      const value = JSON.parse(text) as unknown;
      if (isMap(value)) {
        if ('openapi' in value || 'swagger' in value) return { kind: 'openapi', format: 'json' };
        if ((isMap(value.log) && Array.isArray(value.log.entries)) || isHarFragment(value)) return { kind: 'har' };
        if (isPostmanCollection(value) || (isMap(value.collection) && isPostmanCollection(value.collection))) return { kind: 'postman' };
      }
    } catch {
      // Not JSON: the YAML reader reports what is wrong with it.
    }
    return { kind: 'spec' };
  }
  if (looksLikeCurl(text)) return { kind: 'curl' };
  return /^["']?(openapi|swagger)["']?[ \t]*:/m.test(text) ? { kind: 'openapi', format: 'yaml' } : { kind: 'spec' };
}

/**
 * Reads OpenAPI and HAR inputs into spec entries, so normalisation, rendering and writing are
 * shared with endpoint specs. One importer serves a whole run: overrides apply across files,
 * and an override that matched nothing is reported at the end.
 */
export class Importer {
  readonly documents: OpenApiDocument[] = [];
  private readonly overrides: Overrides | undefined;
  private readonly known: string[] = [];

  constructor(
    private readonly options: ImportOptions,
    private readonly cwd: string,
    private readonly errors: SnipgenError[],
  ) {
    this.overrides = options.overrides ? Overrides.load(options.overrides, cwd, errors) : undefined;
  }

  private environment: Map<string, string> | undefined;
  private readonly ids = new UniqueIds();

  /** The entries of an OpenAPI or HAR file; undefined when the file is an endpoint spec. */
  read(shown: string, text: string, file: string): SpecEntry[] | undefined {
    const input = detectInput(text);
    if (input.kind === 'spec') return undefined;
    const ctx: ImportContext = {
      ids: this.ids,
      file,
      shown,
      text,
      errors: this.errors,
      overrides: this.overrides,
      strict: this.options.strict === true,
      refRoots: (this.options.allowRefRoots ?? []).map((root) => resolve(this.cwd, root)),
      show: (other) => relative(this.cwd, other) || other,
    };
    if (input.kind === 'postman') {
      this.environment ??= loadPostmanEnvironments(this.options.postmanEnv ?? [], this.cwd, this.errors);
      const result = importPostman(ctx, this.environment);
      return this.entries(ctx, result, result.source);
    }
    if (input.kind === 'curl') {
      const result = importCurl(ctx);
      return this.entries(ctx, result, result.source);
    }
    if (input.kind === 'har') {
      const source = new JsonSource(shown, text, 4);
      return this.entries(ctx, importHar(ctx, source, JSON.parse(text)), source);
    }
    let source: DocumentSource;
    let original: Record<string, unknown>;
    if (input.format === 'json') {
      source = new JsonSource(shown, text, 3);
      original = JSON.parse(text);
    } else {
      const parsed = YamlSource.parse(shown, text);
      if (parsed.errors.length) {
        this.errors.push(...parsed.errors);
        return [];
      }
      source = parsed.source;
      original = parsed.source.toJS() as Record<string, unknown>;
    }
    const result = importOpenApi(ctx, source, original, input.format);
    if (!result) return [];
    this.documents.push(result.document);
    return this.entries(ctx, result, source);
  }

  /** Problems found once every file is read: overrides that named no operation. */
  finish(): SnipgenError[] {
    return this.overrides?.unused(this.known) ?? [];
  }

  /**
   * The imported endpoints as spec entries, the file's warnings on the first. In lenient mode an
   * endpoint that would not normalise (a header HTTP cannot carry, a path parameter without a
   * value) is skipped here with a warning, so that one bad entry does not stop the run; when
   * nothing is left, what was skipped is reported as errors.
   */
  private entries(ctx: ImportContext, imported: { endpoints: readonly Imported[]; warnings: readonly SnipgenError[]; skipped: readonly SnipgenError[] }, source: DocumentSource): SpecEntry[] {
    const warnings = [...imported.warnings];
    const skips = [...imported.skipped];
    const kept: SpecEntry[] = [];
    for (const item of imported.endpoints) {
      this.known.push(...item.keys);
      const at: Locator = { file: ctx.file, locate: (path) => source.locate(path[0] === 'body' ? item.bodyPointer : item.pointer) };
      if (!ctx.strict) {
        const problems: SnipgenError[] = [];
        normaliseEndpoint(item.raw, at, [], { style: 'reference' }, problems);
        const skip = problems.length ? settle(ctx, item.name, problems.map((p) => ({ message: p.message, loc: p.loc ?? source.locate(item.pointer) })), warnings) : undefined;
        if (skip) {
          skips.push(skip);
          continue;
        }
      }
      // Located only when there is a warning to place: most entries have none.
      const here = item.warnings.length ? source.locate(item.pointer) : undefined;
      kept.push({ raw: item.raw, at, path: [], origin: item.origin satisfies EntryOrigin, warnings: item.warnings.map((w) => new SnipgenError(w, 'input', here)) });
    }
    if (kept.length === 0 && skips.length) {
      this.errors.push(...skips);
      return [];
    }
    if (kept[0]) kept[0].warnings = [...warnings, ...(kept[0].warnings ?? [])];
    return kept;
  }
}
