import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Endpoint } from '../../src/model.js';
import { buildEndpoints, parseSpecText } from '../../src/input/load.js';
import type { CapturedRequest } from '../../src/verify/capture.js';
import { CLIENT_ADDED_HEADERS, canonicalPath, compareRequest, show } from '../../src/verify/compare.js';
import { expectedRequest, testEnv } from '../../src/verify/expected.js';
import { SHAPES } from '../support.js';

function endpoint(yaml: string, style: 'runnable' | 'reference' = 'runnable'): Endpoint {
  const errors: never[] = [];
  const entries = parseSpecText('inline.yaml', yaml, errors, join(SHAPES, 'inline.yaml'));
  expect(errors).toEqual([]);
  return buildEndpoints(entries, { style, origin: 'http://127.0.0.1:1' })[0]!;
}

function captured(method: string, target: string, headers: Array<[string, string]>, body: string | Buffer = ''): CapturedRequest {
  return { method, rawTarget: target, headers, body: Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), truncated: false };
}

const QUERY = endpoint(`
id: q
method: GET
baseUrl: https://api.example.com/v1
path: /search/{who}
pathParams: { who: "a/b c" }
query:
  - { name: tag, value: one }
  - { name: q, value: "a+b & c" }
  - { name: tag, value: two }
headers:
  - { name: X-Trace, value: first }
  - { name: X-Trace, value: second }
  - { name: Accept, value: application/json }
cookies: { theme: dark, lang: en }
`);

const good = () =>
  captured('GET', '/v1/search/a%2Fb%20c?q=a%2Bb+%26+c&tag=one&tag=two', [
    ['Host', '127.0.0.1:1'],
    ['User-Agent', 'x'],
    ['X-Trace', 'first'],
    ['x-trace', 'second'],
    ['Accept', 'application/json'],
    ['Cookie', 'theme=dark; lang=en'],
  ]);

describe('compareRequest', () => {
  const expected = expectedRequest(QUERY, {});

  it('accepts the request the spec describes; keys of different names may interleave, client-added headers are ignored', () => {
    expect(compareRequest(expected, good())).toEqual({ ok: true, diff: [] });
  });

  it('treats repeated header lines as one line joined with ", " (RFC 9110 5.3)', () => {
    const joined = good();
    joined.headers = joined.headers.filter(([n]) => n.toLowerCase() !== 'x-trace').concat([['X-TRACE', 'first, second']]);
    expect(compareRequest(expected, joined).ok).toBe(true);
  });

  it('trims the joined line as a parser trims a value: repeated empty values joined by the client arrive as ","', () => {
    const empties = expectedRequest(endpoint(`
id: e
method: GET
baseUrl: https://api.example.com/v1
path: /x
headers:
  - { name: X-Empty, value: "" }
  - { name: X-Empty, value: "" }
`), {});
    const request = (headers: Array<[string, string]>) => captured('GET', '/v1/x', [['Host', '127.0.0.1:1'], ...headers]);
    expect(compareRequest(empties, request([['X-Empty', ',']])).ok).toBe(true);
    expect(compareRequest(empties, request([['X-Empty', ''], ['X-Empty', '']])).ok).toBe(true);
    expect(compareRequest(empties, request([['X-Empty', '']])).ok).toBe(false);
  });

  it('reads a Content-Type as a server does: case and spaces around ";" do not matter, parameter values do', () => {
    const typed = expectedRequest(endpoint(`
id: t
method: POST
baseUrl: https://api.example.com/v1
path: /x
body: { text: hi, contentType: "text/plain;charset=UTF-8" }
`), {});
    const sent = (type: string) => captured('POST', '/v1/x', [['Host', '127.0.0.1:1'], ['Content-Type', type]], 'hi');
    expect(compareRequest(typed, sent('text/plain; charset=UTF-8')).ok).toBe(true);
    expect(compareRequest(typed, sent('Text/Plain ;Charset = UTF-8')).ok).toBe(true);
    expect(compareRequest(typed, sent('text/plain; charset=UTF-16')).diff).toEqual(['- header content-type: "text/plain; charset=UTF-8"', '+ header content-type: "text/plain; charset=UTF-16"']);
  });

  it('names a wrong header name', () => {
    const wrong = good();
    wrong.headers = wrong.headers.map(([n, v]) => [n === 'Accept' ? 'Accept-Type' : n, v]);
    expect(compareRequest(expected, wrong).diff).toEqual(['- header accept: "application/json"', '+ header accept-type: "application/json"']);
  });

  it('names a dropped query key and a reordered repeat', () => {
    expect(compareRequest(expected, { ...good(), rawTarget: '/v1/search/a%2Fb%20c?tag=one&tag=two' }).diff).toEqual(['- query "q" = "a+b & c"']);
    const reordered = compareRequest(expected, { ...good(), rawTarget: '/v1/search/a%2Fb%20c?q=a%2Bb+%26+c&tag=two&tag=one' });
    expect(reordered.ok).toBe(false);
    expect(reordered.diff).toContain('- query "tag" = "one"');
    expect(reordered.diff).toContain('+ query "tag" = "one"');
  });

  it('tells an encoded slash in a segment from a path separator', () => {
    expect(canonicalPath('/v1/a%2Fb')).not.toBe(canonicalPath('/v1/a/b'));
    expect(compareRequest(expected, { ...good(), rawTarget: '/v1/search/a/b%20c?q=a%2Bb+%26+c&tag=one&tag=two' }).diff).toEqual([
      '- path "/v1/search/a%2Fb c"',
      '+ path "/v1/search/a/b c"',
    ]);
  });

  it('compares cookies as ordered pairs and checks the method', () => {
    const swapped = good();
    swapped.headers = swapped.headers.map(([n, v]) => [n, n === 'Cookie' ? 'lang=en; theme=dark' : v]);
    expect(compareRequest(expected, swapped).ok).toBe(false);
    expect(compareRequest(expected, { ...good(), method: 'POST' }).diff).toEqual(['- method GET', '+ method POST']);
  });

  it('lists every header it ignores in one place, and compares one of them when the spec sets it', () => {
    expect(CLIENT_ADDED_HEADERS).toContain('user-agent');
    const withoutAccept = good();
    withoutAccept.headers = withoutAccept.headers.filter(([n]) => n !== 'Accept');
    expect(compareRequest(expected, withoutAccept).diff).toEqual(['- header accept: "application/json"']);
  });
});

describe('bodies', () => {
  const json = endpoint(`
id: j
method: POST
baseUrl: https://api.example.com
path: /j
body:
  json: { big: 9007199254740993, s: "it's \\"q\\" \\\\ ☕", list: [1, 2.5, {}], empty: [] }
`);
  const jsonHeaders: Array<[string, string]> = [['Content-Type', 'application/json']];

  it('compares JSON by value: key order and whitespace do not matter, an integer beyond 2^53 must be exact', () => {
    const expected = expectedRequest(json, {});
    expect(compareRequest(expected, captured('POST', '/j', jsonHeaders, '{"s":"it\'s \\"q\\" \\\\ \\u2615","empty":[],"list":[1,2.5,{}],"big":9007199254740993}')).ok).toBe(true);
    expect(compareRequest(expected, captured('POST', '/j', jsonHeaders, '{"s":"it\'s \\"q\\" \\\\ ☕","empty":[],"list":[1,2.5,{}],"big":9007199254740992}')).diff).toEqual([
      '- json $.big = 9007199254740993',
      '+ json $.big = 9007199254740992',
    ]);
  });

  it('names a body escaped wrongly', () => {
    const expected = expectedRequest(json, {});
    const wrong = 'it\'s \\"q\\" \\ ☕';
    const body = `{"s":${JSON.stringify(wrong)},"empty":[],"list":[1,2.5,{}],"big":9007199254740993}`;
    expect(compareRequest(expected, captured('POST', '/j', jsonHeaders, body)).diff).toEqual([
      `- json $.s = ${show('it\'s "q" \\ ☕')}`,
      `+ json $.s = ${show(wrong)}`,
    ]);
  });

  it('reads forms as x-www-form-urlencoded pairs, + as space, repeats in order', () => {
    const form = endpoint(`
id: f
method: POST
baseUrl: https://api.example.com
path: /f
body: { form: [ { name: a, value: "x&y=z+1 %" }, { name: b, value: one }, { name: b, value: two } ] }
`);
    const expected = expectedRequest(form, {});
    const headers: Array<[string, string]> = [['Content-Type', 'application/x-www-form-urlencoded']];
    expect(compareRequest(expected, captured('POST', '/f', headers, 'b=one&a=x%26y%3Dz%2B1+%25&b=two')).ok).toBe(true);
    expect(compareRequest(expected, captured('POST', '/f', headers, 'a=x&y=z+1+%25&b=one&b=two')).ok).toBe(false);
  });

  it('reads multipart parts by name, filename, content type and content digest, with either way of escaping quotes', () => {
    const multipart = endpoint(`
id: m
method: POST
baseUrl: https://api.example.com
path: /m
body:
  multipart:
    - { name: title, value: "a \\"b\\"" }
    - { name: file, file: files/notes.txt, filename: "it's \\"n\\".txt", contentType: text/plain }
`);
    const expected = expectedRequest(multipart, {});
    const notes = readFileSync(join(SHAPES, 'files', 'notes.txt'));
    const body = (filename: string, content: Buffer) =>
      Buffer.concat([
        Buffer.from('--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\na "b"\r\n'),
        Buffer.from(`--XyZ\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: text/plain\r\n\r\n`),
        content,
        Buffer.from('\r\n--XyZ--\r\n'),
      ]);
    const headers: Array<[string, string]> = [['Content-Type', 'multipart/form-data; boundary=XyZ']];
    expect(compareRequest(expected, captured('POST', '/m', headers, body('it\'s %22n%22.txt', notes))).ok).toBe(true);
    expect(compareRequest(expected, captured('POST', '/m', headers, body('it\'s \\"n\\".txt', notes))).ok).toBe(true);
    const diff = compareRequest(expected, captured('POST', '/m', headers, body('it\'s %22n%22.txt', Buffer.from('other')))).diff;
    expect(diff).toHaveLength(2);
    expect(diff[0]).toMatch(/^- part "file" file "it's \\"n\\".txt" type "text\/plain" \d+ bytes sha256 /);
  });

  it('compares a raw body byte for byte', () => {
    const text = endpoint(`
id: t
method: PUT
baseUrl: https://api.example.com
path: /t
body: { text: "a\\r\\nb", contentType: text/plain }
`);
    const expected = expectedRequest(text, {});
    const headers: Array<[string, string]> = [['Content-Type', 'text/plain']];
    expect(compareRequest(expected, captured('PUT', '/t', headers, 'a\r\nb')).ok).toBe(true);
    expect(compareRequest(expected, captured('PUT', '/t', headers, 'a\nb')).diff).toEqual(['- body text "a\\r\\nb"', '+ body text "a\\nb"']);
  });
});

describe('empty bodies are requests like any other', () => {
  const empty = (kind: string, body: string) =>
    endpoint(`
id: e-${kind}
method: POST
baseUrl: https://api.example.com
path: /e
body: ${body}
`);

  it.each([
    ['text', '{ text: "" }', 'text/plain'],
    ['form', '{ form: {} }', 'application/x-www-form-urlencoded'],
  ])('an empty %s matches a request without body bytes, and nothing else', (kind, body, type) => {
    const expected = expectedRequest(empty(kind, body), {});
    const headers: Array<[string, string]> = [['Content-Type', type], ['Content-Length', '0']];
    expect(compareRequest(expected, captured('POST', '/e', headers, '')).diff).toEqual([]);
    expect(compareRequest(expected, captured('POST', '/e', headers, 'x')).ok).toBe(false);
  });

  it('a multipart body with no parts is the close delimiter alone, under a multipart Content-Type', () => {
    const expected = expectedRequest(empty('multipart', '{ multipart: [] }'), {});
    const multipart: Array<[string, string]> = [['Content-Type', 'multipart/form-data; boundary=XyZ']];
    expect(compareRequest(expected, captured('POST', '/e', multipart, '--XyZ--\r\n')).diff).toEqual([]);
    // No body at all, or no multipart Content-Type, is not a multipart request that a form parser reads.
    expect(compareRequest(expected, captured('POST', '/e', multipart, '')).ok).toBe(false);
    expect(compareRequest(expected, captured('POST', '/e', [], '')).ok).toBe(false);
    // .NET's MultipartFormDataContent without parts writes one part with no headers: not an empty form.
    expect(compareRequest(expected, captured('POST', '/e', multipart, '--XyZ\r\n\r\n--XyZ--\r\n')).ok).toBe(false);
  });
});

describe('secrets from the environment', () => {
  it('expects the test values, URL-encoded in a query, inside base64 for basic auth', () => {
    const e = endpoint(`
id: s
method: GET
baseUrl: https://api.example.com
path: /s
auth: { type: apiKey, in: query, name: key, env: MY_KEY }
`);
    const env = testEnv(e);
    expect(env).toEqual({ MY_KEY: 'verify-my-key+/=' });
    const expected = expectedRequest(e, env);
    expect(expected.query).toEqual([['key', 'verify-my-key+/=']]);
    expect(compareRequest(expected, captured('GET', '/s?key=verify-my-key%2B%2F%3D', [])).ok).toBe(true);
    // Not encoded at run time: the + arrives as a space.
    expect(compareRequest(expected, captured('GET', '/s?key=verify-my-key+/=', [])).ok).toBe(false);
    // The placeholder: the snippet did not read the environment.
    expect(compareRequest(expected, captured('GET', '/s?key=%3Capi-key%3E', [])).ok).toBe(false);

    const basic = endpoint(`
id: b
method: GET
baseUrl: https://api.example.com
path: /b
auth: { type: basic }
`);
    const basicEnv = testEnv(basic);
    const auth = `Basic ${Buffer.from(`${basicEnv.API_USERNAME}:${basicEnv.API_PASSWORD}`).toString('base64')}`;
    expect(expectedRequest(basic, basicEnv).headers).toEqual([['Authorization', auth]]);
  });

  it('the reference style sends the placeholders as written', () => {
    const e = endpoint(
      `
id: r
method: GET
baseUrl: https://api.example.com
path: /r
auth: { type: bearer, token: <token> }
`,
      'reference',
    );
    expect(testEnv(e)).toEqual({});
    expect(expectedRequest(e, {}).headers).toEqual([['Authorization', 'Bearer <token>']]);
  });
});
