import { SnipgenError } from '../errors.js';
import type { Locator } from '../spec/normalise.js';
import { YamlSource } from '../spec/yaml-source.js';
import type { DocumentSource, EntryOrigin, ImportContext, Imported, OpenApiDocument, SpecEntry } from './common.js';
import { importHar } from './har.js';
import { JsonSource } from './json-source.js';
import { importOpenApi } from './openapi.js';
import { Overrides } from './overrides.js';

export type { EntryOrigin, OpenApiDocument, SpecEntry } from './common.js';

export interface ImportOptions {
  /** A YAML or JSON file pinning values per imported operation (see src/input/overrides.ts). */
  overrides?: string;
}

export type InputKind = { kind: 'openapi'; format: 'json' | 'yaml' } | { kind: 'har' } | { kind: 'spec' };

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
        if (isMap(value.log) && Array.isArray(value.log.entries)) return { kind: 'har' };
      }
    } catch {
      // Not JSON: the YAML reader reports what is wrong with it.
    }
    return { kind: 'spec' };
  }
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
    options: ImportOptions,
    cwd: string,
    private readonly errors: SnipgenError[],
  ) {
    this.overrides = options.overrides ? Overrides.load(options.overrides, cwd, errors) : undefined;
  }

  /** The entries of an OpenAPI or HAR file; undefined when the file is an endpoint spec. */
  read(shown: string, text: string, file: string): SpecEntry[] | undefined {
    const input = detectInput(text);
    if (input.kind === 'spec') return undefined;
    const ctx: ImportContext = { file, shown, text, errors: this.errors, overrides: this.overrides };
    if (input.kind === 'har') {
      const source = new JsonSource(shown, text, 4);
      return this.entries(importHar(ctx, source, JSON.parse(text)), file, source, []);
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
    return this.entries(result.endpoints, file, source, result.warnings);
  }

  /** Problems found once every file is read: overrides that named no operation. */
  finish(): SnipgenError[] {
    return this.overrides?.unused(this.known) ?? [];
  }

  private entries(imported: readonly Imported[], file: string, source: DocumentSource, documentWarnings: SnipgenError[]): SpecEntry[] {
    return imported.map((item, i) => {
      this.known.push(...item.keys);
      const at: Locator = { file, locate: (path) => source.locate(path[0] === 'body' ? item.bodyPointer : item.pointer) };
      // Located only when there is a warning to place: most entries have none.
      const here = item.warnings.length ? source.locate(item.pointer) : undefined;
      return {
        raw: item.raw,
        at,
        path: [],
        origin: item.origin satisfies EntryOrigin,
        warnings: [...(i === 0 ? documentWarnings : []), ...item.warnings.map((w) => new SnipgenError(w, 'input', here))],
      };
    });
  }
}

function isMap(value: unknown): value is Record<string, any> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
