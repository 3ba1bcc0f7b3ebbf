import { relative } from 'node:path';
import { SnipgenError } from '../errors.js';
import { readInput } from '../files.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { closest } from '../spec/suggest.js';
import { validateEndpoint } from '../spec/validate.js';
import { YamlSource } from '../spec/yaml-source.js';
import { isMap } from './common.js';

/** The endpoint fields an override may pin; method and path identify the operation and stay. */
const FIELDS = ['id', 'title', 'description', 'baseUrl', 'pathParams', 'query', 'headers', 'cookies', 'auth', 'body'] as const;

export type Override = Partial<Pick<RawEndpoint, (typeof FIELDS)[number]>>;
type Pairs = NonNullable<RawEndpoint['query']>;

/**
 * The overrides file: a map from an operation (its `operationId`, its snipgen endpoint id, or
 * `METHOD /path` as the document writes the path) to endpoint fields that replace what the
 * importer derived. `pathParams` and named query/header/cookie values are pinned one by one;
 * `auth` and `body` are replaced whole.
 */
export class Overrides {
  private readonly used = new Set<string>();

  private constructor(
    private readonly source: YamlSource,
    private readonly entries: Map<string, Override>,
  ) {}

  /** Reads and validates the file; problems go to `errors` (located in the overrides file). */
  static load(file: string, cwd: string, errors: SnipgenError[]): Overrides | undefined {
    let text: string;
    try {
      text = readInput(file, relative(cwd, file) || file);
    } catch (e) {
      if (!(e instanceof SnipgenError)) throw new SnipgenError(`overrides file ${file} cannot be read`, 'usage');
      errors.push(e);
      return undefined;
    }
    const { source, errors: syntax } = YamlSource.parse(relative(cwd, file) || file, text);
    if (syntax.length) {
      errors.push(...syntax);
      return undefined;
    }
    const value = source.toJS() as unknown;
    if (!isMap<unknown>(value)) {
      errors.push(new SnipgenError('the overrides file must be a map from operation (operationId, endpoint id or "METHOD /path") to fields', 'input', source.at(0)));
      return undefined;
    }
    const entries = new Map<string, Override>();
    for (const [key, fields] of Object.entries(value)) {
      if (!isMap<unknown>(fields)) {
        errors.push(new SnipgenError(`override "${key}" must be a map of endpoint fields (${FIELDS.join(', ')})`, 'input', source.locate([key])));
        continue;
      }
      const fixed = Object.keys(fields).filter((f) => f === 'method' || f === 'path');
      for (const f of fixed) errors.push(new SnipgenError(`override "${key}": ${f} identifies the operation and cannot be overridden`, 'input', source.locateKey([key], f)));
      // The endpoint schema checks every field; the stand-ins fill the fields an override never has.
      const problems = validateEndpoint({ id: 'override', method: 'GET', baseUrl: 'https://example.com', path: '/', ...fields }, source, [key]);
      errors.push(...problems);
      if (!fixed.length && !problems.length) entries.set(key, fields as Override);
    }
    return new Overrides(source, entries);
  }

  /**
   * The override for an operation known by any of `keys`. Two entries naming the same
   * operation would pin it twice, so that is an error located at the second.
   */
  take(keys: readonly string[], errors: SnipgenError[]): Override | undefined {
    const found = [...new Set(keys)].filter((k) => this.entries.has(k));
    found.forEach((k) => this.used.add(k));
    if (found.length > 1) {
      errors.push(new SnipgenError(`overrides "${found[0]}" and "${found[1]}" name the same operation: keep one`, 'input', this.source.locate([found[1]!])));
    }
    return found.length ? this.entries.get(found[0]!) : undefined;
  }

  /** Every override that matched no imported operation (a typo would otherwise do nothing). */
  unused(known: readonly string[]): SnipgenError[] {
    return [...this.entries.keys()]
      .filter((k) => !this.used.has(k))
      .map((k) => {
        const guess = closest(k, known);
        return new SnipgenError(`override "${k}" matches no operation${guess ? ` (did you mean "${guess}"?)` : ''}`, 'input', this.source.locate([k]));
      });
  }
}

/** The raw endpoint with the override's fields pinned. */
export function applyOverride(raw: RawEndpoint, override: Override): RawEndpoint {
  const result: RawEndpoint = { ...raw };
  for (const field of ['id', 'title', 'description', 'baseUrl', 'auth', 'body'] as const) {
    if (override[field] !== undefined) (result as unknown as Record<string, unknown>)[field] = override[field];
  }
  if (override.pathParams) result.pathParams = { ...raw.pathParams, ...override.pathParams };
  if (override.query) result.query = pinPairs(raw.query, override.query, false);
  if (override.headers) result.headers = pinPairs(raw.headers, override.headers, true);
  if (override.cookies) result.cookies = pinPairs(raw.cookies, override.cookies, false);
  return result;
}

/** Each name the override gives replaces every derived value of that name, where the first one stood. */
function pinPairs(derived: Pairs | undefined, pinned: Pairs, caseless: boolean): Pairs {
  const norm = (name: string) => (caseless ? name.toLowerCase() : name);
  const pins = listPairs(pinned);
  const names = new Set(pins.map((p) => norm(p.name)));
  const result: Array<{ name: string; value: string | number | bigint | boolean }> = [];
  const placed = new Set<string>();
  for (const pair of listPairs(derived ?? [])) {
    const name = norm(pair.name);
    if (!names.has(name)) result.push(pair);
    else if (!placed.has(name)) {
      placed.add(name);
      result.push(...pins.filter((p) => norm(p.name) === name));
    }
  }
  result.push(...pins.filter((p) => !placed.has(norm(p.name))));
  return result;
}

function listPairs(pairs: Pairs): Array<{ name: string; value: string | number | bigint | boolean }> {
  if (Array.isArray(pairs)) return pairs;
  return Object.entries(pairs).flatMap(([name, value]) => (Array.isArray(value) ? value.map((v) => ({ name, value: v })) : [{ name, value }]));
}
