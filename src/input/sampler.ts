import type { JsonValue } from '../model.js';
import { toJsonValue } from '../json.js';

/** What a value the sampler cannot build becomes; a warning always says where it was used. */
export const PLACEHOLDER = '<value>';

export type Schema = Record<string, unknown>;
export type Warn = (message: string) => void;

/** Fixed, valid examples per string format, so samples read naturally and never change between runs. */
const FORMATS: Record<string, string> = {
  'date-time': '2024-01-01T12:00:00Z',
  date: '2024-01-01',
  time: '12:00:00Z',
  duration: 'P1D',
  uuid: '123e4567-e89b-12d3-a456-426614174000',
  email: 'user@example.com',
  'idn-email': 'user@example.com',
  uri: 'https://example.com',
  url: 'https://example.com',
  'uri-reference': 'https://example.com',
  iri: 'https://example.com',
  hostname: 'example.com',
  'idn-hostname': 'example.com',
  ipv4: '192.0.2.1',
  ipv6: '2001:db8::1',
  byte: 'ZXhhbXBsZQ==',
  password: 'password',
};

/**
 * A deterministic example value for a (dereferenced) JSON Schema: `example`/`examples`, then
 * `const`, `default`, the first `enum` value; `allOf` merged, the first `oneOf`/`anyOf` branch;
 * otherwise built from the type, with format-aware strings. A reference cycle is cut (the
 * property or array item that would repeat is left out). `where` names the place in warnings.
 */
export function sampleSchema(schema: unknown, where: string, warn: Warn): JsonValue {
  const budget: Budget = { left: SAMPLE_BUDGET, trimmed: false };
  const value = sample(schema, where, [], warn, budget) ?? {};
  if (budget.trimmed) warn(`${where}: the schema is too large to show whole; optional properties past its first ${SAMPLE_BUDGET} values are left out`);
  return value;
}

/**
 * How many values a sample holds before its optional properties are left out. Some published
 * schemas are acyclic but branch at every level (Microsoft Graph's entities name other entities
 * in dozens of properties each), so a sample of all of them grows exponentially and never ends;
 * a docs example that size would be unreadable anyway. Required properties are always kept.
 */
const SAMPLE_BUDGET = 500;

interface Budget {
  left: number;
  trimmed: boolean;
}

/** `undefined` means "cut": the schema is already being sampled further up (a cycle). */
function sample(schema: unknown, where: string, stack: object[], warn: Warn, budget: Budget): JsonValue | undefined {
  budget.left--;
  if (schema === true) return unhandled(where, 'the schema allows any value', warn);
  if (!isSchema(schema)) return unhandled(where, `the schema is ${JSON.stringify(schema)}, not an object`, warn);
  if (stack.includes(schema)) return undefined;
  const inner = [...stack, schema];
  if (schema.example !== undefined) return toJsonValue(schema.example);
  if (Array.isArray(schema.examples) && schema.examples.length) return toJsonValue(schema.examples[0]);
  if (schema.const !== undefined) return toJsonValue(schema.const);
  if (schema.default !== undefined) return toJsonValue(schema.default);
  if (Array.isArray(schema.enum) && schema.enum.length) return toJsonValue(schema.enum[0]);
  if (Array.isArray(schema.allOf) && schema.allOf.length) {
    const { allOf, ...rest } = schema;
    // A merged schema is a new object, so cycles are recognised by the branches it came from.
    if (allOf.every((branch) => stack.includes(branch))) return undefined;
    return sample(mergeAll([rest, ...allOf.map(flattenAllOf)]), where, [...inner, ...allOf], warn, budget);
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const branches = schema[keyword];
    if (Array.isArray(branches) && branches.length) {
      const { [keyword]: _, ...rest } = schema;
      const branch = branches.find((b) => !(isSchema(b) && b.type === 'null')) ?? branches[0];
      return sample(mergeAll([rest, flattenAllOf(branch)]), where, [...inner, branch], warn, budget);
    }
  }
  switch (typeOf(schema)) {
    case 'object': {
      const result: Record<string, JsonValue> = {};
      const properties = isSchema(schema.properties) ? schema.properties : {};
      const required = Array.isArray(schema.required) ? schema.required : [];
      for (const [name, property] of Object.entries(properties)) {
        if (isSchema(property) && property.readOnly === true) continue;
        if (budget.left <= 0 && !required.includes(name)) {
          budget.trimmed = true;
          continue;
        }
        const value = sample(property, `${where}.${name}`, inner, warn, budget);
        if (value !== undefined) result[name] = value;
      }
      return result;
    }
    case 'array': {
      if (Array.isArray(schema.prefixItems)) {
        return schema.prefixItems.flatMap((item, i) => {
          const value = sample(item, `${where}[${i}]`, inner, warn, budget);
          return value === undefined ? [] : [value];
        });
      }
      if (schema.items === undefined) return [];
      const item = sample(schema.items, `${where}[0]`, inner, warn, budget);
      return item === undefined ? [] : [item];
    }
    case 'string':
      return FORMATS[String(schema.format)] ?? 'string';
    case 'integer':
    case 'number':
      return numberIn(schema);
    case 'boolean':
      return true;
    case 'null':
      return null;
    default:
      return unhandled(where, schema.type === undefined ? 'the schema has no type, properties or items' : `type ${JSON.stringify(schema.type)} is not a JSON type`, warn);
  }
}

function unhandled(where: string, why: string, warn: Warn): JsonValue {
  warn(`${where}: ${why}; used the placeholder ${JSON.stringify(PLACEHOLDER)}`);
  return PLACEHOLDER;
}

export function isSchema(value: unknown): value is Schema {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The schema's type: the first non-null one of a 3.1 type list, or what its keywords imply. */
export function typeOf(schema: Schema): string | undefined {
  const type = Array.isArray(schema.type) ? (schema.type.find((t) => t !== 'null') ?? schema.type[0]) : schema.type;
  if (typeof type === 'string') return type;
  if (schema.properties !== undefined || schema.additionalProperties !== undefined) return 'object';
  if (schema.items !== undefined || schema.prefixItems !== undefined) return 'array';
  return undefined;
}

function numberIn(schema: Schema): number {
  const min = typeof schema.minimum === 'number' ? schema.minimum : typeof schema.exclusiveMinimum === 'number' ? schema.exclusiveMinimum + 1 : undefined;
  if (min !== undefined) return min;
  const max = typeof schema.maximum === 'number' ? schema.maximum : typeof schema.exclusiveMaximum === 'number' ? schema.exclusiveMaximum - 1 : undefined;
  return max !== undefined && max < 0 ? max : 0;
}

function flattenAllOf(schema: unknown): unknown {
  if (!isSchema(schema) || !Array.isArray(schema.allOf)) return schema;
  const { allOf, ...rest } = schema;
  return mergeAll([rest, ...allOf.map(flattenAllOf)]);
}

/**
 * Merges schemas that must all hold: properties and required lists are united (a property
 * named twice becomes the `allOf` of its schemas, merged when sampled); for any other keyword
 * the first schema that sets it wins.
 */
export function mergeAll(schemas: readonly unknown[]): Schema {
  const merged: Schema = {};
  for (const schema of schemas) {
    if (!isSchema(schema)) continue;
    for (const [key, value] of Object.entries(schema)) {
      if (key === 'properties' && isSchema(value)) {
        const properties: Schema = isSchema(merged.properties) ? { ...merged.properties } : {};
        for (const [name, property] of Object.entries(value)) {
          const earlier = properties[name];
          properties[name] = earlier === undefined || earlier === property ? property : { allOf: [earlier, property] };
        }
        merged.properties = properties;
      } else if (key === 'required' && Array.isArray(value)) {
        merged.required = [...new Set([...(Array.isArray(merged.required) ? merged.required : []), ...value])];
      } else if (!(key in merged)) {
        merged[key] = value;
      }
    }
  }
  return merged;
}
