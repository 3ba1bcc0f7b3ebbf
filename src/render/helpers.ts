import type { HelperDelegate, HelperOptions } from 'handlebars';
import { SnipgenError } from '../errors.js';
import type { Part } from '../model.js';

const ENV = 1;
const BASE64 = 2;
const URL_ENCODE = 4;
const seen = new Set<object>();
let lastValue: object | undefined;
let lastKinds = 0;
let lastFields = new Map<object, number>();

/**
 * Which kinds of Part are reachable from a value (an endpoint, a Value, a list of Params), as
 * ENV | BASE64 | URL_ENCODE bits. A template asks about its whole data several times, and the
 * next client's data holds the same endpoint fields, so the last answer is kept until the value
 * changes (see forgetPartKinds), and so is the answer for each of its fields (endpoints are never
 * changed once built).
 */
function partKinds(value: unknown): number {
  if (!value || typeof value !== 'object') return 0;
  if (value === lastValue) return lastKinds;
  const fields = new Map<object, number>();
  let kinds = ownKinds(value);
  for (const field of Object.values(value)) {
    if (!field || typeof field !== 'object' || field === value) continue;
    let known = fields.get(field) ?? lastFields.get(field);
    if (known === undefined) {
      // Each field on its own, so what is kept for it holds whatever else it is seen with.
      try {
        seen.add(value);
        known = collectKinds(field);
      } finally {
        seen.clear();
      }
    }
    fields.set(field, known);
    kinds |= known;
  }
  lastValue = value;
  lastKinds = kinds;
  lastFields = fields;
  return kinds;
}

function collectKinds(value: object): number {
  if (seen.has(value)) return 0;
  seen.add(value);
  let kinds = ownKinds(value);
  for (const child of Object.values(value)) if (child && typeof child === 'object') kinds |= collectKinds(child);
  return kinds;
}

function ownKinds(value: object): number {
  if (!('kind' in value) || 'contentType' in value) return 0;
  const part = value as Partial<Extract<Part, { kind: 'env' }>> & { kind: unknown };
  if (part.kind === 'env') return ENV | (part.urlEncode ? URL_ENCODE : 0);
  return part.kind === 'base64' ? BASE64 : 0;
}

/** Drops the answer kept for an object whose fields were just replaced (the renderer's template data). */
export function forgetPartKinds(value: object): void {
  if (value === lastValue) lastValue = undefined;
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
  usesEnv: (value: unknown) => (partKinds(value) & ENV) !== 0,
  /** True when the value needs base64 at run time (basic auth from the environment). */
  usesBase64: (value: unknown) => (partKinds(value) & BASE64) !== 0,
  /** True when an environment value must be percent-encoded at run time (an API key in the query of `url`). */
  usesUrlEncode: (value: unknown) => (partKinds(value) & URL_ENCODE) !== 0,
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
