import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../src/errors.js';
import { loadSpecs } from '../src/input/load.js';
import { ROOT } from './support.js';

const INVALID = join(ROOT, 'test', 'fixtures', 'invalid');

function problems(file: string): string[] {
  try {
    loadSpecs([join(INVALID, file)], ROOT);
  } catch (e) {
    if (e instanceof SnipgenErrors) return e.errors.map((x) => x.format());
    throw e;
  }
  throw new Error(`${file} loaded without errors`);
}

describe('spec errors are located and explained', () => {
  it('YAML syntax error', () => {
    expect(problems('yaml-syntax.yaml')).toEqual([
      'test/fixtures/invalid/yaml-syntax.yaml:6:1: YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('unknown field, with a suggestion', () => {
    expect(problems('unknown-field.yaml')).toEqual([
      'test/fixtures/invalid/unknown-field.yaml:5:1: unknown field "heders" in endpoint (did you mean "headers"?)',
    ]);
  });

  it('wrong types', () => {
    expect(problems('wrong-type.yaml')).toEqual([
      'test/fixtures/invalid/wrong-type.yaml:5:8: query must be a map or a list',
      'test/fixtures/invalid/wrong-type.yaml:7:6: pathParams.x must be a string, a number or a boolean',
    ]);
  });

  it('missing required field', () => {
    expect(problems('missing-field.yaml')).toEqual(['test/fixtures/invalid/missing-field.yaml:1:1: missing required field "method" in endpoint']);
  });

  it('an id that would escape the output folder', () => {
    expect(problems('escape.yaml')[0]).toMatch(/^test\/fixtures\/invalid\/escape.yaml:1:5: id "\.\.\/outside" is not valid/);
  });

  it('path parameters, duplicates, bodies, headers, cookies and files, all in one run', () => {
    expect(problems('semantic.yaml')).toEqual([
      'test/fixtures/invalid/semantic.yaml:4:9: path parameter {item} has no value: add it under pathParams',
      'test/fixtures/invalid/semantic.yaml:7:13: pathParams.unused is not used in path "/users/{user}/items/{item}"',
      'test/fixtures/invalid/semantic.yaml:8:7: duplicate endpoint id "no-path-value" (first defined at test/fixtures/invalid/semantic.yaml:1:7)',
      'test/fixtures/invalid/semantic.yaml:13:5: headers: "Bad Header" is not a valid header name (letters, digits and !#$%&\'*+.^_`|~- only)',
      'test/fixtures/invalid/semantic.yaml:15:5: body has json and text: give exactly one',
      `test/fixtures/invalid/semantic.yaml:23:26: file "no/such/file.bin" not found (looked in ${join(INVALID, 'no', 'such')}; paths are relative to the spec file)`,
      'test/fixtures/invalid/semantic.yaml:24:9: a multipart part needs exactly one of value and file',
      'test/fixtures/invalid/semantic.yaml:30:5: a Cookie header and cookies (or an API key in a cookie) cannot be combined: put every cookie under cookies',
    ]);
  });

  it('every value that ends up in a header line is checked where it was written, each at its own line', () => {
    expect(problems('header-lines.yaml')).toEqual([
      'test/fixtures/invalid/header-lines.yaml:6:30: auth: the value of header Authorization contains a control character (U+000D carriage return), which HTTP cannot send',
      'test/fixtures/invalid/header-lines.yaml:9:11: headers: the value of header X-Line contains a control character (U+000A line feed), which HTTP cannot send',
      'test/fixtures/invalid/header-lines.yaml:10:11: headers: the value of header X-Bell contains a control character (U+0007), which HTTP cannot send',
      'test/fixtures/invalid/header-lines.yaml:12:3: headers: "" is not a valid header name (letters, digits and !#$%&\'*+.^_`|~- only)',
      'test/fixtures/invalid/header-lines.yaml:15:29: cookies: the value of cookie session contains a control character (U+007F DEL), which a Cookie header cannot carry',
      'test/fixtures/invalid/header-lines.yaml:17:16: body.contentType: the value of header Content-Type contains a control character (U+000D carriage return), which HTTP cannot send',
    ]);
  });

  it('refuses text or form fields outside ASCII under a charset other than UTF-8 (snippets send UTF-8); ASCII is the same bytes in either', () => {
    expect(problems('foreign-charset.yaml')).toEqual([
      'test/fixtures/invalid/foreign-charset.yaml:7:18: body: the text holds characters outside ASCII and its type declares charset=ISO-8859-1, but snippets send text as UTF-8: declare charset=utf-8, or send the bytes as a file body',
      'test/fixtures/invalid/foreign-charset.yaml:14:18: body: the form holds characters outside ASCII and its type declares charset=windows-1252, but snippets percent-encode fields as UTF-8: declare charset=utf-8, or leave the charset out',
    ]);
  });

  it('refuses the headers a client library writes itself (connection, framing, Accept-Encoding), each at its name', () => {
    const why = 'is written by each client library for its own connection and decoders, and several add theirs to a snippet\'s: remove it';
    expect(problems('library-headers.yaml')).toEqual([
      `test/fixtures/invalid/library-headers.yaml:8:3: headers: Connection ${why}`,
      `test/fixtures/invalid/library-headers.yaml:9:3: headers: accept-encoding ${why}`,
      `test/fixtures/invalid/library-headers.yaml:10:3: headers: Transfer-Encoding ${why}`,
    ]);
  });

  it('a multipart name, filename or content type travels in a header line too; a field value does not; a filename is not blank', () => {
    expect(problems('part-lines.yaml')).toEqual([
      "test/fixtures/invalid/part-lines.yaml:8:15: body.multipart[1].name contains a control character (U+000A line feed), which cannot go in the part's header line",
      "test/fixtures/invalid/part-lines.yaml:11:17: body.multipart[2].filename contains a control character (U+000D carriage return), which cannot go in the part's header line",
      "test/fixtures/invalid/part-lines.yaml:12:20: body.multipart[2].contentType contains a control character (U+000D carriage return), which cannot go in the part's header line",
      "test/fixtures/invalid/part-lines.yaml:13:65: body.multipart[3].filename is blank: give a name, or leave it out to send the file's own",
    ]);
  });

  it('a body on HEAD is refused at the body: libcurl and several other libraries send none', () => {
    expect(problems('head-body.yaml')).toEqual(['test/fixtures/invalid/head-body.yaml:6:3: a HEAD request has no body (RFC 9110 section 9.3.2): send it with GET, or remove the body']);
  });

  it('an empty multipart filename or content type is refused where written: most libraries send no filename, or none of the type, instead', () => {
    expect(problems('part-empty.yaml')).toEqual([
      'test/fixtures/invalid/part-empty.yaml:8:66: body.multipart.0.filename must not be empty',
      'test/fixtures/invalid/part-empty.yaml:8:83: body.multipart.0.contentType must not be empty',
    ]);
  });

  it('dot segments (also percent-encoded, also made by a path parameter), credentials in a base URL and a query in the path are refused where written', () => {
    const why = 'clients resolve a dot segment away before sending';
    expect(problems('urls.yaml')).toEqual([
      `test/fixtures/invalid/urls.yaml:6:20: pathParams.p makes the dot segment ".." in path "/a/{p}/b": ${why}, so the request reaches another path`,
      `test/fixtures/invalid/urls.yaml:9:12: baseUrl "https://x.example/v1/../v2" has the dot segment ".." in its path: ${why}, so requests would reach another path`,
      `test/fixtures/invalid/urls.yaml:10:9: path "/a/./b/{q}{r}" has the dot segment ".": ${why}, so the request reaches another path`,
      `test/fixtures/invalid/urls.yaml:11:20: pathParams.q makes the dot segment ".." in path "/a/./b/{q}{r}": ${why}, so the request reaches another path`,
      `test/fixtures/invalid/urls.yaml:14:12: baseUrl "https://x.example/%2E" has the dot segment "%2E" in its path: ${why}, so requests would reach another path`,
      `test/fixtures/invalid/urls.yaml:15:9: path "/a/%2e%2E/{s}" has the dot segment "%2e%2E": ${why}, so the request reaches another path`,
      'test/fixtures/invalid/urls.yaml:19:12: baseUrl "https://user:secret@x.example" holds credentials, which clients send differently or not at all: give them as auth: { type: basic } instead',
      'test/fixtures/invalid/urls.yaml:24:9: path "/search?q=1" contains "?", which clients do not send as part of the path: put query parameters under query, and other characters in a path parameter',
    ]);
  });

  it('a lone surrogate is refused wherever it would be sent as UTF-8 or written to a file (a JSON body escapes it)', () => {
    const why = 'a lone surrogate (U+D800), which has no UTF-8 encoding: it can be neither sent nor written to a file';
    expect(problems('lone-surrogates.yaml')).toEqual([
      `test/fixtures/invalid/lone-surrogates.yaml:3:8: title contains ${why}`,
      `test/fixtures/invalid/lone-surrogates.yaml:7:18: pathParams.p contains ${why.replace('D800', 'DC00')}`,
      `test/fixtures/invalid/lone-surrogates.yaml:8:10: the name "q\\ud800" in query contains ${why}`,
      `test/fixtures/invalid/lone-surrogates.yaml:8:21: query["q\\ud800"] contains ${why.replace('D800', 'DC00')}`,
      // Only the JSON body may hold one: a field named json elsewhere may not.
      `test/fixtures/invalid/lone-surrogates.yaml:8:38: query.json contains ${why}`,
      `test/fixtures/invalid/lone-surrogates.yaml:9:31: headers[0].value contains ${why}`,
      `test/fixtures/invalid/lone-surrogates.yaml:11:11: the name "k\\udbff" in body.form contains ${why.replace('D800', 'DBFF')}`,
      `test/fixtures/invalid/lone-surrogates.yaml:11:22: body.form["k\\udbff"] contains ${why}`,
    ]);
  });

  it('a number JSON cannot carry (Infinity, NaN) is refused in a body or a response, at its place', () => {
    const why = 'which JSON cannot carry: YAML writes it .inf or .nan, and a JSON number beyond about 1.8e308 reads as Infinity; no client library sends it as written';
    expect(problems('non-finite.yaml')).toEqual([
      `test/fixtures/invalid/non-finite.yaml:7:23: body.json.list[1] is NaN, ${why}`,
      `test/fixtures/invalid/non-finite.yaml:13:29: body.json["odd key"].n is -Infinity, ${why}`,
      `test/fixtures/invalid/non-finite.yaml:19:20: response.json.limit is Infinity, ${why}`,
    ]);
  });

  it('a JSON body nested deeper than snipgen writes is refused at its place, however deep (no stack overflow)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-deep-'));
    const nested = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const spec = (depth: number) => `id: deep\nmethod: POST\nbaseUrl: https://api.example.com\npath: /d\nbody:\n  json: ${nested(depth)}\n`;
    writeFileSync(join(dir, 'ok.yaml'), spec(100));
    expect(loadSpecs([join(dir, 'ok.yaml')], dir)).toHaveLength(1);
    writeFileSync(join(dir, 'deep.yaml'), spec(101));
    expect(() => loadSpecs([join(dir, 'deep.yaml')], dir)).toThrow('deep.yaml:6:9: body.json is nested more than 100 levels deep, more than snipgen writes: a request body nests a few levels');
    // Far past any stack: measured without recursion.
    const har = { log: { version: '1.2', creator: { name: 't', version: '1' }, entries: [{ request: { method: 'POST', url: 'https://api.example.com/d', headers: [], postData: { mimeType: 'application/json', text: nested(100_000) } } }] } };
    writeFileSync(join(dir, 'deep.har'), JSON.stringify(har));
    expect(() => loadSpecs([join(dir, 'deep.har')], dir, { strict: true })).toThrow('body.json is nested more than 100 levels deep');
    // An OpenAPI document whose schema nests thousands deep overflows the parser's own recursion: refused at the file.
    const schema = '{"type":"object","properties":{"a":'.repeat(5000) + '{"type":"string"}' + '}}'.repeat(5000);
    writeFileSync(join(dir, 'deep.json'), `{"openapi":"3.0.0","info":{"title":"t","version":"1"},"paths":{"/x":{"post":{"requestBody":{"content":{"application/json":{"schema":${schema}}}},"responses":{"200":{"description":"OK"}}}}}}`);
    expect(() => loadSpecs([join(dir, 'deep.json')], dir)).toThrow('deep.json:1:1: the input is nested too deeply for snipgen to read (reading it overflowed the stack)');
  });

  it('every file\'s problems are reported together, sorted by place', () => {
    try {
      loadSpecs([INVALID], ROOT);
      expect.unreachable();
    } catch (e) {
      const lines = (e as SnipgenErrors).errors.map((x) => x.format());
      expect(lines).toHaveLength(51);
      expect(new Set(lines.map((l) => l.split(':')[0])).size).toBe(15);
    }
  });
});
