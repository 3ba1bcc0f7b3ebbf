import type { HelperDelegate, HelperOptions } from 'handlebars';
import { SnipgenError } from '../errors.js';
import type { Body, Part, Value } from '../model.js';

const EMPTY_FORM_BOUNDARY = 'snipgen-empty-form';

const ENV = 1;
const BASE64 = 2;
const URL_ENCODE = 4;
/** Which kinds of Part are reachable from a value (an endpoint, a Value, a list of Params), as ENV | BASE64 | URL_ENCODE bits. */
function partKinds(value: unknown): number {
  return value && typeof value === 'object' ? walk(value) : 0;
}

function walk(value: object): number {
  let kinds = 0;
  if (Array.isArray(value)) {
    for (const item of value) if (item && typeof item === 'object') kinds |= walk(item);
    return kinds;
  }
  if ('parts' in value && 'isLiteral' in value) return partsKinds((value as Value).parts);
  for (const key in value) {
    // A body holds no Values (its JSON is data, which may well have a "kind" key), and a source only a location.
    if (key === 'body' || key === 'source') continue;
    const field = (value as Record<string, unknown>)[key];
    if (field && typeof field === 'object') kinds |= walk(field);
  }
  return kinds;
}

function partsKinds(parts: readonly Part[]): number {
  let kinds = 0;
  for (const part of parts) {
    if (part.kind === 'env') kinds |= ENV | (part.urlEncode ? URL_ENCODE : 0);
    else if (part.kind === 'base64') kinds |= BASE64 | partsKinds(part.parts);
  }
  return kinds;
}

/** Logic-free helpers every language environment shares; they never print quotes or escapes. */
export const commonHelpers: Record<string, HelperDelegate> = {
  eq: (a: unknown, b: unknown) => a === b,
  ne: (a: unknown, b: unknown) => a !== b,
  // The last argument is Handlebars' options object, never an operand.
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
  /**
   * True for a multipart body without parts. Several libraries send no body (or a part without
   * headers) for one; their templates send the empty form by hand instead: emptyMultipartType
   * and emptyMultipartBody, the close delimiter alone, which is what a browser sends for an
   * empty FormData and what multipart parsers read as a form without fields.
   */
  isEmptyMultipart: (endpoint: { body: Body | null }) => endpoint.body?.kind === 'multipart' && endpoint.body.parts.length === 0,
  emptyMultipartType: () => `multipart/form-data; boundary=${EMPTY_FORM_BOUNDARY}`,
  /** The Content-Type line, for clients that take header lines. */
  emptyMultipartHeader: () => `Content-Type: multipart/form-data; boundary=${EMPTY_FORM_BOUNDARY}`,
  emptyMultipartBody: () => `--${EMPTY_FORM_BOUNDARY}--\r\n`,
  /** True when a list of {name} has an entry with this name, ignoring case (header lookups). */
  hasName: (list: Array<{ name: string }>, name: string) => list.some((p) => p.name.toLowerCase() === String(name).toLowerCase()),
};
