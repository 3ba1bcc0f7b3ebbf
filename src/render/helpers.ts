import type { HelperDelegate, HelperOptions } from 'handlebars';
import { SnipgenError } from '../errors.js';
import type { Part } from '../model.js';

/** Every Part reachable from a value (an endpoint, a Value, a list of Params). */
function* partsIn(value: unknown, seen = new Set<unknown>()): Generator<Part> {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  seen.add(value);
  if ('kind' in value && (value.kind === 'env' || value.kind === 'base64' || value.kind === 'literal') && !('contentType' in value)) {
    yield value as Part;
  }
  for (const child of Object.values(value)) yield* partsIn(child, seen);
}

/** Logic-free helpers every language environment shares; they never print quotes or escapes. */
export const commonHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  and: (...args: unknown[]) => args.slice(0, -1).every(Boolean),
  or: (...args: unknown[]) => args.slice(0, -1).some(Boolean),
  not: (a: unknown) => !a,
  lower: (s: unknown) => String(s).toLowerCase(),
  upper: (s: unknown) => String(s).toUpperCase(),
  /** `Post` from `POST`: the spelling of method shortcuts in several libraries. */
  capitalize: (s: unknown) => String(s).charAt(0).toUpperCase() + String(s).slice(1).toLowerCase(),
  /** True when the value (usually the whole endpoint) reads an environment variable: the snippet needs its env import. */
  usesEnv: (value: unknown) => [...partsIn(value)].some((p) => p.kind === 'env'),
  /** True when the value needs base64 at run time (basic auth from the environment). */
  usesBase64: (value: unknown) => [...partsIn(value)].some((p) => p.kind === 'base64'),
  /** True when an environment value must be percent-encoded at run time (an API key in the query of `url`). */
  usesUrlEncode: (value: unknown) => [...partsIn(value)].some((p) => p.kind === 'env' && p.urlEncode),
  /**
   * `{{unsupported "multipart bodies"}}`: generation fails with a clear message naming the client
   * and the shape, for a shape the client's library cannot express. Never emit something else.
   */
  unsupported: (shape: unknown, options: HelperOptions) => {
    const root = options.data?.root as { client?: { id: string }; id?: string } | undefined;
    throw new SnipgenError(`${root?.client?.id ?? 'this client'} cannot express ${String(shape)} (endpoint "${root?.id}")`, 'unsupported');
  },
  /** True when a list of {name} has an entry with this name, ignoring case (header lookups). */
  hasName: (list: Array<{ name: string }>, name: string) => list.some((p) => p.name.toLowerCase() === String(name).toLowerCase()),
};
