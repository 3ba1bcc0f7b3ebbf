import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../../src/errors.js';
import { detectInput, type ImportOptions } from '../../src/input/index.js';
import { PLACEHOLDER, sampleSchema } from '../../src/input/sampler.js';
import { loadSpecs, type SpecEntry } from '../../src/input/load.js';
import { slug } from '../../src/input/common.js';
import { ROOT } from '../support.js';

const OPENAPI = join(ROOT, 'test', 'fixtures', 'openapi');

function load(files: string[], overrides?: string, options: ImportOptions = {}): SpecEntry[] {
  return loadSpecs(
    files.map((f) => join(OPENAPI, f)),
    ROOT,
    { ...options, ...(overrides ? { overrides: join(OPENAPI, overrides) } : {}) },
  );
}

function problems(files: string[], overrides?: string, options: ImportOptions = {}): string[] {
  try {
    load(files, overrides, options);
  } catch (e) {
    if (e instanceof SnipgenErrors) return e.errors.map((x) => x.format());
    throw e;
  }
  throw new Error(`${files.join(', ')} loaded without errors`);
}

function byId(entries: SpecEntry[]) {
  return Object.fromEntries(entries.map((e) => [e.raw.id, e.raw]));
}

describe('detectInput', () => {
  it('reads the kind from the content, not the file name', () => {
    expect(detectInput('openapi: 3.1.0\ninfo: {}\n')).toEqual({ kind: 'openapi', format: 'yaml' });
    expect(detectInput('# comment\nswagger: "2.0"\n')).toEqual({ kind: 'openapi', format: 'yaml' });
    expect(detectInput('{"openapi": "3.0.0"}')).toEqual({ kind: 'openapi', format: 'json' });
    expect(detectInput('{"log": {"entries": []}}')).toEqual({ kind: 'har' });
    expect(detectInput('id: x\nmethod: GET\n')).toEqual({ kind: 'spec' });
    expect(detectInput('{"id": "x", "method": "GET"}')).toEqual({ kind: 'spec' });
    expect(detectInput('description: "openapi: is mentioned"\n')).toEqual({ kind: 'spec' });
  });
});

describe('ids made from operationIds, paths and names', () => {
  it('stay short enough to name a folder and its page: a long one keeps its first words and gets a hash of the whole', () => {
    // One of Microsoft Graph's operationIds (beta), 247 characters.
    const graph =
      'identityGovernance.entitlementManagement.accessPackageAssignments.accessPackage.accessPackageResourceRoleScopes.accessPackageResourceRole.accessPackageResource.accessPackageResourceScopes.accessPackageResource.getAccessPackageResourceEnvironment';
    const id = slug(graph);
    expect(id).toBe('identity-governance.entitlement-management.access-package-assignments.access-package-' + id.slice(-8));
    expect(id).toMatch(/-[0-9a-f]{8}$/);
    expect(id.length).toBeLessThanOrEqual(100);
    // Two long ids that differ only at the end stay apart; the same input gives the same id.
    expect(slug(graph.replace(/Environment$/, 'Environments'))).not.toBe(id);
    expect(slug(graph)).toBe(id);
    expect(slug('listPetsByOwner')).toBe('list-pets-by-owner');
  });
});

describe('sampleSchema', () => {
  const sample = (schema: unknown) => {
    const warnings: string[] = [];
    return { value: sampleSchema(schema, 'body', (w) => warnings.push(w)), warnings };
  };

  it('prefers example, then examples, const, default, the first enum value', () => {
    expect(sample({ type: 'string', example: 'x', default: 'y', enum: ['z'] }).value).toBe('x');
    expect(sample({ type: 'string', examples: ['e1', 'e2'] }).value).toBe('e1');
    expect(sample({ const: 7 }).value).toBe(7);
    expect(sample({ type: 'integer', default: 5, enum: [1, 2] }).value).toBe(5);
    expect(sample({ type: 'string', enum: ['b', 'a'] }).value).toBe('b');
  });

  it('builds from the type with format-aware strings and bounded numbers', () => {
    expect(
      sample({
        type: 'object',
        properties: {
          at: { type: 'string', format: 'date-time' },
          id: { type: 'string', format: 'uuid' },
          mail: { type: 'string', format: 'email' },
          link: { type: 'string', format: 'uri' },
          plain: { type: 'string' },
          n: { type: 'integer', minimum: 3 },
          neg: { type: 'number', maximum: -2 },
          ok: { type: 'boolean' },
          list: { type: 'array', items: { type: 'integer' } },
          nothing: { type: 'null' },
          secret: { type: 'string', readOnly: true },
        },
      }).value,
    ).toEqual({
      at: '2024-01-01T12:00:00Z',
      id: '123e4567-e89b-12d3-a456-426614174000',
      mail: 'user@example.com',
      link: 'https://example.com',
      plain: 'string',
      n: 3,
      neg: -2,
      ok: true,
      list: [0],
      nothing: null,
    });
  });

  it('merges allOf, takes the first oneOf/anyOf branch (skipping a null one)', () => {
    const schema = {
      allOf: [
        { type: 'object', properties: { a: { type: 'string', example: 'A' } } },
        { properties: { b: { oneOf: [{ type: 'null' }, { type: 'integer', example: 2 }, { type: 'string' }] } } },
        { properties: { a: { description: 'merged into the first a' } } },
      ],
    };
    expect(sample(schema).value).toEqual({ a: 'A', b: 2 });
    expect(sample({ anyOf: [{ type: 'boolean' }, { type: 'string' }] }).value).toBe(true);
  });

  it('cuts reference cycles: the repeating property or item is left out', () => {
    const node: Record<string, any> = { type: 'object', properties: { name: { type: 'string' } } };
    node.properties.parent = node;
    node.properties.children = { type: 'array', items: node };
    const both = { allOf: [node, node] };
    expect(sample(node).value).toEqual({ name: 'string', children: [] });
    expect(sample(both).value).toEqual({ name: 'string', children: [] });
  });

  it('keeps a schema that branches at every level to its first 500 values: required properties kept, one warning', () => {
    // Ten levels of five optional properties (and one required) each: 5^10 values if sampled whole.
    let level: Record<string, unknown> = { type: 'object', required: ['id'], properties: { id: { type: 'string' } } };
    for (let depth = 0; depth < 10; depth++) {
      const next = level;
      level = { type: 'object', required: ['id', 'first'], properties: { id: { type: 'string' }, first: next, a: next, b: next, c: next, d: next } };
    }
    const { value, warnings } = sample(level);
    const count = (v: unknown): number => (v && typeof v === 'object' ? 1 + Object.values(v).reduce((n: number, x) => n + count(x), 0) : 1);
    expect(count(value)).toBeLessThan(600);
    // The required chain reaches the bottom.
    let node = value as Record<string, unknown>;
    for (let depth = 0; depth < 10; depth++) node = node.first as Record<string, unknown>;
    expect(node).toEqual({ id: 'string' });
    expect(warnings).toEqual(['body: the schema is too large to show whole; optional properties past its first 500 values are left out']);
  });

  it('is deterministic', () => {
    const schema = { type: 'object', properties: { a: { type: 'array', items: { oneOf: [{ type: 'string', format: 'date' }] } } } };
    expect(sample(schema).value).toEqual(sample(schema).value);
  });

  it('warns, naming the place, and uses a placeholder for a schema it cannot sample', () => {
    const result = sample({ type: 'object', properties: { any: {}, odd: { type: 'file' }, ok: { type: 'integer' } } });
    expect(result.value).toEqual({ any: PLACEHOLDER, odd: PLACEHOLDER, ok: 0 });
    expect(result.warnings).toEqual([
      'body.any: the schema has no type, properties or items; used the placeholder "<value>"',
      'body.odd: type "file" is not a JSON type; used the placeholder "<value>"',
    ]);
  });
});

describe('OpenAPI 3.0 (petstore.yaml)', () => {
  const entries = load(['petstore.yaml']);
  const raw = byId(entries);

  it('gives one endpoint per operation, in document order, ids from operationId or method and path', () => {
    expect(entries.map((e) => e.raw.id)).toEqual(['list-pets', 'create-pet', 'get-pet', 'replace-pet', 'delete-pets-pet-id', 'upload-photo', 'replace-photo', 'login', 'add-note']);
    expect(entries.map((e) => e.origin?.kind === 'openapi' && `${e.origin.method} ${e.origin.path}`)).toContain('delete /pets/{petId}');
  });

  it('reads the server with its variables\' defaults, and required or exemplified parameters in their styles', () => {
    expect(raw['list-pets']).toMatchObject({
      title: 'List pets',
      description: 'Lists the pets in the store, newest first.',
      method: 'GET',
      baseUrl: 'https://eu.petstore.example.com/v2',
      path: '/pets',
      query: [
        { name: 'limit', value: '1' },
        { name: 'tags', value: 'dog' },
        { name: 'tags', value: 'cat' },
        { name: 'ids', value: '0' },
      ],
      headers: [{ name: 'X-Request-Id', value: '123e4567-e89b-12d3-a456-426614174000' }],
      cookies: [{ name: 'session', value: 'abc123' }],
      auth: { type: 'bearer' },
    });
    expect(raw['get-pet']).toMatchObject({ path: '/pets/{petId}', pathParams: { petId: 'PET_ID' }, auth: { type: 'apiKey', in: 'header', name: 'X-API-Key' } });
  });

  it('maps security schemes: bearer, basic, API key, OAuth2 as bearer, none when security is empty', () => {
    expect(raw['login']!.auth).toEqual({ type: 'basic' });
    expect(raw['add-note']!.auth).toEqual({ type: 'bearer' });
    expect(raw['delete-pets-pet-id']!.auth).toBeUndefined();
  });

  it('builds bodies: JSON from the schema (allOf, oneOf, readOnly, cycles) or the first example; form; multipart; text; file', () => {
    expect(raw['create-pet']!.body).toEqual({
      json: {
        name: 'Rex',
        kind: 'dog',
        born: '2024-01-01',
        weight: 0.5,
        chipped: false,
        contact: 'user@example.com',
        owner: { name: 'string', since: '2024-01-01T12:00:00Z', website: 'https://example.com', pets: [] },
      },
    });
    expect(raw['replace-pet']!.body).toEqual({ json: { name: 'Rex', kind: 'dog', born: '2020-05-01' } });
    expect(raw['login']!.body).toEqual({ form: [{ name: 'username', value: 'alice' }, { name: 'scope', value: 'read' }, { name: 'remember', value: 'true' }] });
    expect(raw['upload-photo']!.body).toEqual({ multipart: [{ name: 'caption', value: 'On the beach' }, { name: 'photo', file: 'photo.png', contentType: 'image/png' }] });
    expect(raw['replace-photo']!.body).toEqual({ file: 'body.png', contentType: 'image/png' });
    expect(raw['add-note']!.body).toEqual({ text: 'Remember the "vet" on Monday\n', contentType: 'text/plain' });
  });

  it('warns about every placeholder file, at the operation', () => {
    const warnings = entries.flatMap((e) => e.warnings ?? []).map((w) => w.format());
    expect(warnings).toEqual([
      'test/fixtures/openapi/petstore.yaml:104:7: operation uploadPhoto: the file part photo is a file the document cannot supply: the snippet reads photo.png from the folder it runs in (put the file there)',
      'test/fixtures/openapi/petstore.yaml:119:7: operation replacePhoto: the request body is a file the document cannot supply: the snippet reads body.png from the folder it runs in (put the file there)',
    ]);
  });
});

describe('Swagger 2.0 and OpenAPI 3.1 with relative-file $refs', () => {
  const raw = byId(load(['swagger.yaml', 'split/openapi.json']));

  it('Swagger 2.0: host, basePath and https, API key in the query, collection formats, body and formData', () => {
    expect(raw['list-files']).toMatchObject({
      baseUrl: 'https://files.example.com/api',
      query: [
        { name: 'kind', value: 'doc' },
        { name: 'kind', value: 'img' },
        { name: 'fields', value: 'name,size' },
      ],
      auth: { type: 'apiKey', in: 'query', name: 'api_key' },
    });
    expect(raw['create-file']!.body).toEqual({ json: { name: 'report.pdf', size: 0, tags: ['draft'] } });
    expect(raw['upload-content']).toMatchObject({
      pathParams: { fileId: '123e4567-e89b-12d3-a456-426614174000' },
      body: { multipart: [{ name: 'file', file: 'file.bin' }, { name: 'comment', value: 'first draft' }] },
      placeholderFiles: true,
    });
  });

  it('OpenAPI 3.1: a relative server gets a placeholder host, refs into another file resolve, 3.1 keywords are read', () => {
    expect(raw['create-user']).toMatchObject({
      baseUrl: 'https://api.example.com/v3',
      auth: { type: 'apiKey', in: 'cookie', name: 'session_id' },
      body: { json: { email: 'user@example.com', nickname: 'ace', role: 'admin', settings: {}, metadata: PLACEHOLDER } },
    });
    expect(raw['put-avatar']).toMatchObject({
      pathParams: { id: '42' },
      body: { multipart: [{ name: 'image', file: 'image.png', contentType: 'image/png' }, { name: 'alt', value: 'string' }] },
    });
  });

  it('warns once about the server and names the operation for the odd schema', () => {
    const entries = load(['split/openapi.json']);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/openapi/split/openapi.json:4:14: the server "/v3" is not an absolute http(s) URL, so the snippets use https://api.example.com/v3: set the real one with --base-url or an override',
      'test/fixtures/openapi/split/openapi.json:7:15: operation createUser: request body.metadata: the schema has no type, properties or items; used the placeholder "<value>"',
      'test/fixtures/openapi/split/openapi.json:19:14: operation putAvatar: the file part image is a file the document cannot supply: the snippet reads image.png from the folder it runs in (put the file there)',
    ]);
  });
});

describe('a fragment or a query string in a path key (APIs.guru\'s AWS descriptions, and others)', () => {
  const entries = load(['fragments/openapi.yaml']);
  const raw = byId(entries);

  it('sends the path without it, and every parameter it names at the value it gives, optional or not', () => {
    expect(raw['add-tags']).toMatchObject({ method: 'POST', path: '/', headers: [{ name: 'x-amz-target', value: 'Catalog.AddTags' }], body: { json: { Tags: ['blue'] } } });
    expect(raw['remove-tags']).toMatchObject({ method: 'POST', path: '/', headers: [{ name: 'X-Amz-Target', value: 'Catalog.RemoveTags' }] });
    expect(raw['describe-regions']).toMatchObject({
      method: 'GET',
      path: '/',
      query: [
        { name: 'Action', value: 'DescribeRegions' },
        { name: 'Version', value: '2016-11-15' },
      ],
    });
    // `q` is named without a value: it is sent with its own example. `sort` is not named and optional: left out.
    expect(raw['search-items']).toMatchObject({
      path: '/items/{id}',
      pathParams: { id: '7' },
      query: [
        { name: 'format', value: 'sdk' },
        { name: 'pretty', value: 'true' },
        { name: 'q', value: 'red shoes' },
      ],
    });
  });

  it('sends a query string in the path key as written, a declared parameter of the same name at its value', () => {
    expect(raw['latest-news']).toMatchObject({
      path: '/services',
      query: [
        { name: 'funcs', value: 'LatestNews' },
        { name: 'language', value: 'US' },
        { name: 'mobile', value: '1' },
      ],
    });
  });

  it('fills {slots} in the path key\'s query with the parameters they name (declared in: path), and leaves out a field whose slot none fills', () => {
    expect(raw['history']).toMatchObject({
      path: '/history',
      query: [
        { name: 'date_from', value: '1449459940' },
        { name: 'order by', value: '1' },
      ],
    });
    expect(raw['history']!.pathParams).toBeUndefined();
    expect(raw['unfilled']).toMatchObject({ path: '/unfilled' });
    expect(raw['unfilled']!.query).toBeUndefined();
  });

  it('warns about a name in the fragment that is no parameter of the operation', () => {
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/openapi/fragments/openapi.yaml:98:7: invalid OpenAPI: `/paths/unfilled?q={q}/get` is missing path parameter(s) for `{q}`. (at #/paths/~1unfilled?q={q}/get)',
      'test/fixtures/openapi/fragments/openapi.yaml:49:7: operation SearchItems: the path\'s fragment names undeclared, which is not a parameter of the operation: not sent (no client sends a fragment)',
      'test/fixtures/openapi/fragments/openapi.yaml:98:7: operation Unfilled: the path\'s query names {q}, but the operation defines no parameter q; q={q} left out',
    ]);
  });
});

describe('a form body with deepObject properties (Stripe\'s description)', () => {
  it('sends each nested value as its own field, arrays by index; an empty object sends none; a property without the encoding stays JSON', () => {
    expect(byId(load(['form-deep-object.yaml']))['create-customer']!.body).toEqual({
      form: [
        { name: 'email', value: 'jane@example.com' },
        { name: 'address[city]', value: 'Paris' },
        { name: 'address[line1]', value: '1 rue de la Paix' },
        { name: 'expand[0]', value: 'invoice' },
        { name: 'expand[1]', value: 'customer' },
        { name: 'items[0][price]', value: 'price_1' },
        { name: 'items[0][quantity]', value: '2' },
        { name: 'note', value: '{"text":"kept as JSON"}' },
      ],
    });
  });
});

describe('a body of a type snipgen has no writer for', () => {
  it('is the text its string schema gives (a JWT); XML needs an example, even in its schema; an encoded form example is its fields', () => {
    const entries = load(['lenient/string-bodies.yaml']);
    const raw = byId(entries);
    expect(raw['register-key']!.body).toEqual({ text: 'eyJhbGciOiJFUzI1NiJ9.e30.sig', contentType: 'application/jwt' });
    expect(raw['replace-key']!.body).toEqual({ text: '<key id="k1"/>', contentType: 'application/xml' });
    expect(raw['note-key']).toBeUndefined();
    // A form example written already encoded is read as its fields.
    expect(raw['detect-text']!.body).toEqual({
      form: [
        { name: 'text', value: 'I like tacos, really' },
        { name: 'lang', value: 'en' },
      ],
    });
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.message)).toEqual([
      'skipped operation noteKey (PUT /keys/{id}/note): unsupported request body type application/xml: snipgen sends JSON, form, multipart, text, XML with an example, or a file (at #/paths/~1keys~1{id}~1note/put/requestBody/content)',
    ]);
  });
});

describe('overrides', () => {
  it('pin path parameters, auth, bodies and named values per operation (by operationId, endpoint id or METHOD /path)', () => {
    const raw = byId(load(['petstore.yaml'], 'overrides.yaml'));
    expect(raw['get-pet']).toMatchObject({ pathParams: { petId: 'rex-42' }, auth: { type: 'apiKey', in: 'header', name: 'X-API-Key', env: 'PETSTORE_KEY' } });
    expect(raw['create-pet']).toMatchObject({ title: 'Create Rex', body: { json: { name: 'Rex', kind: 'dog', owner: { name: 'Alice' } } } });
    expect(raw['list-pets']!.query).toEqual([
      { name: 'limit', value: 10n },
      { name: 'tags', value: 'dog' },
      { name: 'tags', value: 'cat' },
      { name: 'ids', value: '0' },
    ]);
    expect(raw['list-pets']!.headers).toEqual([{ name: 'x-request-id', value: 'fixed-id' }]);
  });

  it('an override that matches no operation is an error, with a suggestion', () => {
    expect(problems(['petstore.yaml'], 'overrides-typo.yaml')).toEqual(['test/fixtures/openapi/overrides-typo.yaml:2:3: override "getPets" matches no operation (did you mean "getPet"?)']);
  });
});

describe('--strict: bad OpenAPI input is refused, every problem reported at its place', () => {
  const strict = { strict: true };

  it('a schema violation, by line:col and JSON pointer', () => {
    expect(problems(['invalid/schema.yaml'], undefined, strict)).toEqual([
      'test/fixtures/openapi/invalid/schema.yaml:3:3: invalid OpenAPI: missing required field "version" (at #/info)',
      'test/fixtures/openapi/invalid/schema.yaml:9:11: invalid OpenAPI: missing required field "description" (at #/paths/~1pets/get/responses/200)',
    ]);
  });

  it('an unresolvable $ref, at the $ref', () => {
    expect(problems(['invalid/bad-ref.yaml'], undefined, strict)).toEqual([
      'test/fixtures/openapi/invalid/bad-ref.yaml:10:21: invalid OpenAPI: Missing $ref pointer "#/components/schemas/Missing". Token "components" does not exist. (at #/paths/~1pets/post/requestBody/content/application~1json/schema/$ref)',
    ]);
  });

  it('a $ref to a missing file, at the $ref', () => {
    const [message] = problems(['invalid/missing-file.yaml'], undefined, strict);
    expect(message).toMatch(/^test\/fixtures\/openapi\/invalid\/missing-file\.yaml:5:11: invalid OpenAPI: Error (opening|reading) file .*no-such-file\.yaml.* \(at #\/paths\/~1pets\/\$ref\)$/);
  });

  it('a request body type snipgen cannot send, at the content', () => {
    expect(problems(['invalid/unsupported-body.yaml'], undefined, strict)).toEqual([
      'test/fixtures/openapi/invalid/unsupported-body.yaml:10:11: operation sendEvent: unsupported request body type application/x-protobuf: snipgen sends JSON, form, multipart, text, XML with an example, or a file (at #/paths/~1events/post/requestBody/content)',
    ]);
  });

  it('a document as vendors publish it: every problem of every stage in one run', () => {
    expect(problems(['lenient/published.yaml'], undefined, strict)).toEqual([
      'test/fixtures/openapi/lenient/published.yaml:21:23: invalid OpenAPI: must be object (at #/paths/~1rates/post/responses/200/content/application~1json/schema)',
      'test/fixtures/openapi/lenient/published.yaml:43:21: invalid OpenAPI: Missing $ref pointer "#/components/schemas/Missing". Token "Missing" does not exist. (at #/paths/~1broken/post/requestBody/content/application~1json/schema/$ref)',
      'test/fixtures/openapi/lenient/published.yaml:48:7: operation getItem: the path names {itemId}, but the operation defines no path parameter itemId, so the request cannot be known (at #/paths/~1items~1{itemId}/get)',
      'test/fixtures/openapi/lenient/published.yaml:56:11: operation sendEvent: unsupported request body type application/x-protobuf: snipgen sends JSON, form, multipart, text, XML with an example, or a file (at #/paths/~1events/post/requestBody/content)',
      'test/fixtures/openapi/lenient/published.yaml:63:7: invalid OpenAPI: the name "rate estimate" is not allowed (names are made of a-z, A-Z, 0-9, ".", "-" and "_") (at #/components/schemas/rate estimate)',
      'test/fixtures/openapi/lenient/published.yaml:71:17: invalid OpenAPI: must be one of "array", "boolean", "integer", "number", "object", "string" (at #/components/schemas/Note/anyOf/1/type)',
      'test/fixtures/openapi/lenient/published.yaml:73:13: invalid OpenAPI: Missing $ref pointer "#/components/schemas/AlsoMissing". Token "AlsoMissing" does not exist. (at #/components/schemas/Unused/$ref)',
    ]);
  });

  it('integers read from YAML are numbers to the schema check (no false "must be number")', () => {
    // published.yaml's minimum/maximum/default are YAML integers: none of them is reported above.
    expect(problems(['lenient/published.yaml'], undefined, strict).join('\n')).not.toMatch(/must be (number|integer)/);
  });
});

describe('by default, a document is read as it is published', () => {
  it('a violation that changes no request is a warning at its place; generation goes on', () => {
    const entries = load(['invalid/schema.yaml']);
    expect(entries.map((e) => e.raw.id)).toEqual(['get-pets']);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/openapi/invalid/schema.yaml:3:3: invalid OpenAPI: missing required field "version" (at #/info)',
      'test/fixtures/openapi/invalid/schema.yaml:9:11: invalid OpenAPI: missing required field "description" (at #/paths/~1pets/get/responses/200)',
      'test/fixtures/openapi/invalid/schema.yaml:1:1: the server "/" is not an absolute http(s) URL, so the snippets use https://api.example.com: set the real one with --base-url or an override',
    ]);
  });

  it('an operation whose request cannot be known is skipped with a warning naming it; a broken $ref no operation uses is a warning', () => {
    const entries = load(['lenient/published.yaml']);
    expect(entries.map((e) => e.raw)).toEqual([
      { id: 'estimate-rate', method: 'POST', baseUrl: 'https://api.example.com', path: '/rates', title: 'estimateRate', body: { json: { carrier: 'ups', note: 'string' } } },
      { id: 'list-blocks', method: 'GET', baseUrl: 'https://api.example.com', path: '/blocks', title: 'listBlocks', query: [{ name: 'count', value: '100' }] },
    ]);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/openapi/lenient/published.yaml:21:23: invalid OpenAPI: must be object (at #/paths/~1rates/post/responses/200/content/application~1json/schema)',
      'test/fixtures/openapi/lenient/published.yaml:71:17: invalid OpenAPI: must be one of "array", "boolean", "integer", "number", "object", "string" (at #/components/schemas/Note/anyOf/1/type)',
      'test/fixtures/openapi/lenient/published.yaml:63:7: invalid OpenAPI: the name "rate estimate" is not allowed (names are made of a-z, A-Z, 0-9, ".", "-" and "_") (at #/components/schemas/rate estimate)',
      'test/fixtures/openapi/lenient/published.yaml:43:21: skipped operation useBroken (POST /broken): it uses a $ref that cannot be followed: Missing $ref pointer "#/components/schemas/Missing". Token "Missing" does not exist. (at #/paths/~1broken/post/requestBody/content/application~1json/schema/$ref)',
      'test/fixtures/openapi/lenient/published.yaml:48:7: skipped operation getItem (GET /items/{itemId}): the path names {itemId}, but the operation defines no path parameter itemId, so the request cannot be known (at #/paths/~1items~1{itemId}/get)',
      'test/fixtures/openapi/lenient/published.yaml:56:11: skipped operation sendEvent (POST /events): unsupported request body type application/x-protobuf: snipgen sends JSON, form, multipart, text, XML with an example, or a file (at #/paths/~1events/post/requestBody/content)',
      'test/fixtures/openapi/lenient/published.yaml:73:13: invalid OpenAPI: Missing $ref pointer "#/components/schemas/AlsoMissing". Token "AlsoMissing" does not exist. (at #/components/schemas/Unused/$ref)',
    ]);
  });

  it('schemes required together: two OAuth2 flows are one bearer token; a bearer and a basic cannot both be sent, which is told', () => {
    const entries = load(['lenient/security-together.yaml']);
    expect(entries.map((e) => [e.raw.id, e.raw.auth?.type])).toEqual([
      ['both-oauth', 'bearer'],
      ['bearer-and-basic', 'bearer'],
    ]);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/openapi/lenient/security-together.yaml:17:7: operation bearerAndBasic: security scheme basic is required together with another one; the snippet sends the first only',
    ]);
  });

  it('a document of webhooks only has nothing to generate, and says why', () => {
    expect(problems(['invalid/webhooks-only.yaml'])).toEqual([
      'test/fixtures/openapi/invalid/webhooks-only.yaml:4:3: the document has no operations under paths, so there is nothing to generate (its 1 webhook is a request the API sends, not one a client makes) (at #/webhooks)',
    ]);
  });

  it('when every operation is skipped, nothing is left: what was skipped is an error', () => {
    expect(problems(['invalid/bad-ref.yaml'])).toEqual([
      'test/fixtures/openapi/invalid/bad-ref.yaml:10:21: skipped POST /pets: it uses a $ref that cannot be followed: Missing $ref pointer "#/components/schemas/Missing". Token "components" does not exist. (at #/paths/~1pets/post/requestBody/content/application~1json/schema/$ref)',
    ]);
    const [message] = problems(['invalid/missing-file.yaml']);
    expect(message).toMatch(/^test\/fixtures\/openapi\/invalid\/missing-file\.yaml:5:11: skipped path \/pets: it uses a \$ref that cannot be followed: Error (opening|reading) file .*no-such-file\.yaml/);
  });
});

describe('parameter styles', () => {
  it('serialises each style and explode setting as OpenAPI 3 defines it, with the server variables at their defaults, and leaves out an optional parameter whose example is null', () => {
    const entries = byId(load(['parameter-styles.yaml']));
    const pick = (id: string) => {
      const { path, pathParams, query, headers, cookies, baseUrl } = entries[id]!;
      return Object.fromEntries(Object.entries({ path, pathParams, query, headers, cookies, baseUrl }).filter(([, v]) => v !== undefined));
    };
    const base = 'https://eu.api.example.com/v2';
    expect(pick('label')).toEqual({ path: '/label/.3,4,5', baseUrl: base });
    expect(pick('matrix')).toEqual({ path: '/matrix/;id=3;id=4', baseUrl: base });
    expect(pick('simpleobj')).toEqual({ path: '/simple/role,admin,first,Alex', baseUrl: base });
    expect(pick('query')).toEqual({
      path: '/query',
      baseUrl: base,
      query: [
        { name: 'csv', value: 'a,b' },
        { name: 'multi', value: 'a' },
        { name: 'multi', value: 'b' },
        { name: 'space', value: 'a b' },
        { name: 'pipe', value: 'a|b' },
        { name: 'x', value: '1' },
        { name: 'y', value: 'two' },
        { name: 'deep[color]', value: 'red' },
        // Nested as a form's deepObject properties are (the qs convention Stripe reads).
        { name: 'deep[size][w]', value: '1' },
        { name: 'reserved', value: 'a/b?c=d' },
        { name: 'content', value: '{"a":1}' },
      ],
    });
    expect(pick('header')).toEqual({
      path: '/header',
      baseUrl: base,
      headers: [
        { name: 'X-List', value: '1,2' },
        { name: 'X-Obj', value: 'a=1,b=2' },
      ],
      cookies: [{ name: 'sid', value: 'abc' }],
    });
  });
});
