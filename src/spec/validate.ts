import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import AjvModule, { type ErrorObject, type ValidateFunction } from 'ajv';
import { SnipgenError } from '../errors.js';
import { packageRoot } from '../paths.js';
import { closest } from './suggest.js';
import type { YamlSource } from './yaml-source.js';

const Ajv = AjvModule.default;

/** The published schemas (schema/*.json) and the definition each validates against. */
const SCHEMAS = {
  endpoint: { file: 'endpoint.schema.json', pointer: '#/definitions/endpoint', label: 'endpoint' },
  config: { file: 'config.schema.json', pointer: '', label: 'config' },
  client: { file: 'client.schema.json', pointer: '', label: 'client descriptor' },
} as const;

const validators = new Map<keyof typeof SCHEMAS, ValidateFunction>();

function validatorFor(name: keyof typeof SCHEMAS): ValidateFunction {
  let validate = validators.get(name);
  if (validate) return validate;
  const { file, pointer } = SCHEMAS[name];
  const schema = JSON.parse(readFileSync(join(packageRoot(), 'schema', file), 'utf8'));
  const ajv = new Ajv({ allErrors: true, verbose: true, discriminator: true, strict: false });
  ajv.addSchema(schema);
  validate = ajv.getSchema(`${schema.$id}${pointer}`)!;
  validators.set(name, validate);
  return validate;
}

/**
 * Validates one endpoint (the value at `path` in `source`) against the published JSON Schema
 * and turns Ajv's errors into located, human messages.
 */
export function validateEndpoint(value: unknown, source: YamlSource, path: (string | number)[]): SnipgenError[] {
  return validateAgainst('endpoint', value, source, path);
}

/** Validates a snipgen config (the value at `path`: [] for snipgen.config.yaml, ['snipgen'] in package.json). */
export function validateConfig(value: unknown, source: YamlSource, path: (string | number)[] = []): SnipgenError[] {
  return validateAgainst('config', value, source, path);
}

/** Validates a client descriptor file (templates/<language>/<client>.client.yaml). */
export function validateClientDescriptor(value: unknown, source: YamlSource): SnipgenError[] {
  return validateAgainst('client', value, source, []);
}

function validateAgainst(name: keyof typeof SCHEMAS, value: unknown, source: YamlSource, path: (string | number)[]): SnipgenError[] {
  const validate = validatorFor(name);
  if (validate(forValidation(value))) return [];
  return relevantErrors(validate.errors ?? []).map((e) => toSnipgenError(e, source, path, SCHEMAS[name].label));
}

/** Ajv knows nothing of bigint; validation only needs the type, so a number stands in. */
function forValidation(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(forValidation);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, forValidation(v)]));
  }
  return value;
}

/**
 * A failed `oneOf` makes Ajv report every branch. Keep the errors of the branches whose type
 * matched the data (those say what is really wrong); if no branch's type matched, keep only
 * the `oneOf` error, which becomes "must be a string or a list".
 */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const dropped = new Set<ErrorObject>();
  for (const oneOf of errors.filter((e) => e.keyword === 'oneOf')) {
    const prefix = oneOf.schemaPath + '/';
    const byBranch = new Map<string, ErrorObject[]>();
    for (const e of errors) {
      if (!e.schemaPath.startsWith(prefix)) continue;
      const branch = e.schemaPath.slice(prefix.length).split('/')[0]!;
      byBranch.set(branch, [...(byBranch.get(branch) ?? []), e]);
    }
    const typeMatched = [...byBranch.values()].filter(
      (errs) => !errs.some((e) => e.keyword === 'type' && e.instancePath === oneOf.instancePath),
    );
    if (typeMatched.length > 0) {
      dropped.add(oneOf);
      for (const errs of byBranch.values()) if (!typeMatched.includes(errs)) errs.forEach((e) => dropped.add(e));
    } else {
      for (const errs of byBranch.values()) errs.forEach((e) => dropped.add(e));
    }
  }
  const seen = new Set<string>();
  return errors.filter((e) => {
    if (dropped.has(e)) return false;
    const key = `${e.instancePath}|${e.keyword}|${JSON.stringify(e.params)}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toSnipgenError(e: ErrorObject, source: YamlSource, base: (string | number)[], rootLabel: string): SnipgenError {
  const segments = e.instancePath
    .split('/')
    .slice(1)
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  const path = [...base, ...segments];
  const field = segments.length ? segments.join('.') : rootLabel;
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {});
      const guess = closest(key, known);
      const hint = guess ? ` (did you mean "${guess}"?)` : known.length ? ` (known fields: ${known.join(', ')})` : '';
      return new SnipgenError(`unknown field "${key}" in ${field}${hint}`, 'input', source.locateKey(path, key));
    }
    case 'required': {
      const missing = (e.params as { missingProperty: string }).missingProperty;
      return new SnipgenError(`missing required field "${missing}" in ${field}`, 'input', source.locate(path));
    }
    case 'type':
      return new SnipgenError(`${field} must be ${article((e.params as { type: string | string[] }).type)}`, 'input', source.locate(path));
    case 'oneOf':
      return new SnipgenError(`${field} must be ${describe(e.schema as object[])}`, 'input', source.locate(path));
    case 'enum':
      return new SnipgenError(
        `${field} must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map((v) => JSON.stringify(v)).join(', ')}`,
        'input',
        source.locate(path),
      );
    case 'discriminator':
      return new SnipgenError(`${field}: unknown or missing "type" (expected none, bearer, basic or apiKey)`, 'input', source.locate(path));
    case 'pattern':
      return new SnipgenError(`${field} ${JSON.stringify(e.data)} is not valid: ${patternHint(field)}`, 'input', source.locate(path));
    default:
      return new SnipgenError(`${field} ${e.message ?? 'is invalid'}`, 'input', source.locate(path));
  }
}

function article(type: string | string[]): string {
  const types = Array.isArray(type) ? type : [type];
  const names = types.map((t) => ({ object: 'a map', array: 'a list', string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean', null: 'null' })[t] ?? t);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names.at(-1)}` : names[0]!;
}

function describe(branches: object[]): string {
  const types = branches.flatMap((b) => {
    const t = (b as { type?: string | string[]; $ref?: string }).type;
    if (t) return Array.isArray(t) ? t : [t];
    return (b as { $ref?: string }).$ref?.endsWith('/scalar') ? ['string', 'number', 'boolean'] : [];
  });
  return types.length ? article([...new Set(types)]) : 'valid';
}

function patternHint(field: string): string {
  const last = field.split('.').at(-1);
  switch (last) {
    case 'id':
      return 'use lower-case letters, digits, ".", "_" and "-", starting with a letter or digit (no "/" or "..")';
    case 'method':
      return 'an HTTP method token such as GET or PURGE';
    case 'baseUrl':
      return 'an absolute http(s) URL without query or fragment';
    case 'path':
      return 'must start with "/"';
    default:
      return 'must be a valid identifier';
  }
}
