import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../../src/errors.js';
import { detectInput } from '../../src/input/index.js';
import { loadSpecs } from '../../src/input/load.js';
import { ROOT } from '../support.js';

const POSTMAN = join(ROOT, 'test', 'fixtures', 'postman');
const COLLECTION = join(POSTMAN, 'shop.postman_collection.json');
const ENVIRONMENT = join(POSTMAN, 'staging.postman_environment.json');

describe('Postman Collection v2.1 (shop.postman_collection.json)', () => {
  const entries = loadSpecs([COLLECTION], ROOT, { postmanEnv: [ENVIRONMENT] });
  const raw = Object.fromEntries(entries.map((e) => [e.raw.id, e.raw]));

  it('is read by its content; folders group the endpoints (ids and titles start with the folder)', () => {
    expect(detectInput(JSON.stringify({ info: { schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [] }))).toEqual({ kind: 'postman' });
    expect(entries.map((e) => e.raw.id)).toEqual(['pets-list-pets', 'pets-create-pet', 'pets-get-pet', 'pets-upload-photo', 'admin-login', 'admin-import-pets', 'admin-search-graph-ql']);
    expect(raw['pets-list-pets']!.title).toBe('Pets › List pets');
  });

  it('{{variables}} resolve from the environment first, then the collection; disabled headers and query parameters are left out', () => {
    expect(raw['pets-list-pets']).toEqual({
      id: 'pets-list-pets',
      title: 'Pets › List pets',
      method: 'GET',
      baseUrl: 'https://staging.example.com',
      path: '/v1/pets',
      query: [
        { name: 'limit', value: '10' },
        { name: 'tag', value: 'dog' },
      ],
      headers: [{ name: 'Accept', value: 'application/json' }],
      auth: { type: 'bearer', env: 'API_TOKEN' },
    });
    expect(raw['pets-get-pet']!.path).toBe('/v1/pets/rex-42');
  });

  it('every body mode: raw JSON, formdata with a file, urlencoded, file, GraphQL as JSON', () => {
    expect(raw['pets-create-pet']!.body).toEqual({ json: { name: 'Rex', region: 'eu-west' } });
    expect(raw['pets-upload-photo']!.body).toEqual({ multipart: [{ name: 'caption', value: 'On the beach' }, { name: 'photo', file: 'files/logo.png', contentType: 'image/png' }] });
    expect(raw['admin-login']!.body).toEqual({ form: [{ name: 'user', value: 'alice' }, { name: 'scope', value: 'read write' }] });
    expect(raw['admin-import-pets']!.body).toEqual({ file: 'files/pets.csv', contentType: 'text/csv' });
    expect(raw['admin-search-graph-ql']!.body).toEqual({ json: { query: 'query Pets($n: Int) { pets(first: $n) { name } }', variables: { n: 3 } } });
  });

  it('auth kinds map to snipgen\'s, inherited from folder and collection: bearer, basic, API key', () => {
    expect(raw['admin-login']!.auth).toEqual({ type: 'basic', username: 'admin', passwordEnv: 'ADMIN_PASSWORD' });
    expect(raw['admin-search-graph-ql']!.auth).toEqual({ type: 'apiKey', in: 'header', name: 'X-API-Key', env: 'API_KEY' });
  });

  it('warns that a pre-request script is not run, and skips (with a warning naming it) a request it cannot send', () => {
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/postman/shop.postman_collection.json:8:12: the pre-request script is not run: the snippets send the request as the collection writes it',
      'test/fixtures/postman/shop.postman_collection.json:99:21: skipped Postman request Admin / Signed call: the auth type "awsv4" is not one snipgen can send (it sends bearer, OAuth 2 tokens, basic and API keys) (at #/item/1/item/3/request/auth)',
      'test/fixtures/postman/shop.postman_collection.json:107:62: skipped Postman request Admin / Undefined variable: the variable {{thingId}} has no value: define it in the collection or an environment given with --postman-env (at #/item/1/item/4/request/url)',
    ]);
  });

  it('without the environment, a variable only it defines skips its request; --strict makes every such request an error', () => {
    const bare = loadSpecs([COLLECTION], ROOT);
    expect(bare.map((e) => e.raw.id)).not.toContain('pets-create-pet');
    let errors: string[] = [];
    try {
      loadSpecs([COLLECTION], ROOT, { strict: true, postmanEnv: [ENVIRONMENT] });
    } catch (e) {
      errors = (e as SnipgenErrors).errors.map((x) => x.message);
    }
    expect(errors).toEqual([
      'Postman request Admin / Signed call: the auth type "awsv4" is not one snipgen can send (it sends bearer, OAuth 2 tokens, basic and API keys) (at #/item/1/item/3/request/auth)',
      'Postman request Admin / Undefined variable: the variable {{thingId}} has no value: define it in the collection or an environment given with --postman-env (at #/item/1/item/4/request/url)',
    ]);
  });
});

describe('Postman Collection v2.0 (legacy-v2.0.postman_collection.json)', () => {
  const raw = Object.fromEntries(loadSpecs([join(POSTMAN, 'legacy-v2.0.postman_collection.json')], ROOT).map((e) => [e.raw.id, e.raw]));

  it('reads a request given as its URL alone, and auth fields given as one object (2.1 lists them as pairs)', () => {
    expect(raw['ping']).toMatchObject({ method: 'GET', baseUrl: 'https://api.example.com', path: '/ping', query: [{ name: 'x', value: '1' }] });
    expect(raw['me']!.auth).toEqual({ type: 'bearer', env: 'TOKEN' });
    expect(raw['login']).toMatchObject({ auth: { type: 'basic', username: 'alice', password: 's3cret' }, body: { json: { remember: true } } });
  });
});

describe('Postman dynamic variables', () => {
  it('an id or a time ({{$guid}}, {{$timestamp}}) is a fixed example, with a warning; a Faker one is refused, unless an environment gives it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-postman-dynamic-'));
    const request = (name: string, header: string) => ({ name, request: { method: 'GET', url: 'https://api.example.com/x', header: [{ key: 'X-Value', value: header }] } });
    const collection = { info: { name: 'D', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' }, item: [request('Ids', '{{$guid}} {{$timestamp}} {{$guid}}'), request('Fake', '{{$randomEmail}}')] };
    writeFileSync(join(dir, 'd.postman_collection.json'), JSON.stringify(collection));
    const entries = loadSpecs([join(dir, 'd.postman_collection.json')], dir);
    expect(entries.map((e) => e.raw.headers)).toEqual([[{ name: 'X-Value', value: '3f2a8e4c-9b1d-4c7e-8f6a-2d5b7c9e1a04 1700000000 3f2a8e4c-9b1d-4c7e-8f6a-2d5b7c9e1a04' }]]);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => (typeof w === 'string' ? w : w.message))).toEqual([
      'skipped Postman request Fake: {{$randomEmail}} is a Postman dynamic variable, a new value at every send, and snipgen writes fixed values only: give it one in an environment (--postman-env) (at #/item/1/request/header)',
      'Postman request Ids: {{$guid}} is generated by Postman at every send; the snippets send the fixed example 3f2a8e4c-9b1d-4c7e-8f6a-2d5b7c9e1a04',
      'Postman request Ids: {{$timestamp}} is generated by Postman at every send; the snippets send the fixed example 1700000000',
    ]);
    writeFileSync(join(dir, 'env.json'), JSON.stringify({ name: 'E', values: [{ key: '$randomEmail', value: 'jane@example.com', enabled: true }], _postman_variable_scope: 'environment' }));
    const withEnv = loadSpecs([join(dir, 'd.postman_collection.json')], dir, { postmanEnv: [join(dir, 'env.json')] });
    expect(withEnv[1]!.raw.headers).toEqual([{ name: 'X-Value', value: 'jane@example.com' }]);
  });
});

describe('collections as other tools write them', () => {
  const collection = {
    info: { name: 'Shop', schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json' },
    item: [{ name: 'List pets', request: { method: 'GET', url: 'https://api.example.com/v1/pets?limit=2' } }],
  };
  const load = (name: string, content: string, env?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-postman-forms-'));
    writeFileSync(join(dir, name), content);
    if (env !== undefined) writeFileSync(join(dir, 'env.json'), env);
    return { dir, entries: () => loadSpecs([join(dir, name)], dir, env === undefined ? {} : { postmanEnv: [join(dir, 'env.json')] }) };
  };
  const expected = loadSpecs([load('plain.json', JSON.stringify(collection)).dir + '/plain.json']).map((e) => e.raw);

  it('wrapped as the Postman API and Newman reports write it ({"collection": ...}), or without info (Newman runs those), reads the same requests', () => {
    for (const form of [{ collection }, { item: collection.item }]) {
      expect(detectInput(JSON.stringify(form))).toEqual({ kind: 'postman' });
      expect(load('form.json', JSON.stringify(form, null, 2)).entries().map((e) => e.raw)).toEqual(expected);
    }
  });

  it('a byte-order mark before a collection, an environment or a spec is read past, as Windows tools write one', () => {
    const withVariable = { ...collection, item: [{ name: 'List pets', request: { method: 'GET', url: '{{base}}/v1/pets?limit=2' } }] };
    const { entries } = load('bom.json', `\ufeff${JSON.stringify(withVariable)}`, `\ufeff${JSON.stringify({ values: [{ key: 'base', value: 'https://api.example.com' }] })}`);
    expect(entries().map((e) => e.raw)).toEqual(expected);
    expect(load('spec.yaml', '\ufeffid: bom\nmethod: GET\nbaseUrl: https://api.example.com\npath: /v1/x\n').entries().map((e) => e.raw.id)).toEqual(['bom']);
  });

  it('the retired v1 format is refused by name, saying how to export v2.1', () => {
    const { entries } = load('v1.json', JSON.stringify({ id: 'c1', name: 'Old', order: ['r1'], folders: [], requests: [{ id: 'r1', method: 'GET', url: 'https://api.example.com/x' }] }));
    expect(() => entries()).toThrow(/Postman collection in the v1 format, which Postman retired in 2018: export it from Postman as Collection v2.1/);
  });
});
