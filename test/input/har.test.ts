import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../../src/errors.js';
import { detectInput, type ImportOptions } from '../../src/input/index.js';
import { buildEndpoints, loadSpecs } from '../../src/input/load.js';
import { runCli, treeHash } from '../cli-support.js';
import { ROOT } from '../support.js';

const HAR = join(ROOT, 'test', 'fixtures', 'har');

function problems(files: string[], options: ImportOptions = {}): string[] {
  try {
    loadSpecs(
      files.map((f) => join(HAR, f)),
      ROOT,
      options,
    );
  } catch (e) {
    if (e instanceof SnipgenErrors) return e.errors.map((x) => x.format());
    throw e;
  }
  throw new Error(`${files.join(', ')} loaded without errors`);
}

/** The entries of a HAR file made of these entries, written to a folder of its own. */
function loadHar(entries: unknown[]) {
  const dir = mkdtempSync(join(tmpdir(), 'snipgen-har-'));
  const file = join(dir, 'capture.har');
  writeFileSync(file, JSON.stringify({ log: { version: '1.2', creator: { name: 't', version: '1' }, entries } }));
  return loadSpecs([file], dir);
}

describe('HAR 1.2 (browser.har)', () => {
  const entries = loadSpecs([join(HAR, 'browser.har')], ROOT);
  const raw = entries.map((e) => e.raw);

  it('gives one endpoint per entry, in file order, ids from method and path made unique', () => {
    expect(raw.map((r) => r.id)).toEqual(['get-v1-search', 'post-v1-orders', 'post-v1-login', 'post-v1-upload', 'put-v1-notes-7', 'post-v1-upload-2', 'purge-cache-items']);
  });

  it('keeps method, URL, query (repeats, empty values), headers (repeats) and cookies; drops what the library sets itself', () => {
    expect(raw[0]).toEqual({
      id: 'get-v1-search',
      method: 'GET',
      baseUrl: 'https://api.example.com',
      path: '/v1/search',
      query: [
        { name: 'q', value: 'café au lait' },
        { name: 'tag', value: 'a' },
        { name: 'tag', value: 'b' },
        { name: 'empty', value: '' },
      ],
      headers: [
        { name: 'Accept', value: 'application/json' },
        { name: 'X-Trace', value: 'one' },
        { name: 'X-Trace', value: 'two' },
      ],
      cookies: [
        { name: 'sid', value: 'abc' },
        { name: 'theme', value: 'dark' },
      ],
    });
    expect(raw[6]).toMatchObject({ method: 'PURGE', baseUrl: 'http://localhost:8080', path: '/cache/items', query: [{ name: 'all', value: 'true' }] });
  });

  it('reads bodies: JSON exactly (big integers too), form from the text, multipart from params or text, plain text', () => {
    expect(raw[1]!.body).toEqual({ json: { id: 12345678901234567890n, items: [{ sku: 'A-1', qty: 2 }], note: 'café "quoted"', gift: false } });
    expect(raw[1]!.headers).toEqual([
      { name: 'Content-Type', value: 'application/json' },
      { name: 'Authorization', value: 'Bearer <token>' },
    ]);
    expect(raw[2]!.body).toEqual({
      form: [
        { name: 'user', value: 'alice' },
        { name: 'scope', value: 'read' },
        { name: 'scope', value: 'write' },
        { name: 'pass', value: 'a&b=c+d' },
      ],
    });
    expect(raw[3]!.body).toEqual({
      multipart: [
        { name: 'title', value: 'Quarterly report' },
        { name: 'readme', file: 'readme.txt', filename: 'readme.txt', contentType: 'text/plain' },
        { name: 'avatar', file: 'avatar.png', filename: 'avatar.png', contentType: 'image/png', content: '\u0089PNG' },
      ],
    });
    expect(raw[3]!.headers).toBeUndefined();
    expect(raw[4]!.body).toEqual({ text: 'line one\nline two', contentType: 'text/plain; charset=utf-8' });
    expect(raw[5]!.body).toEqual({
      multipart: [
        { name: 'caption', value: 'At the beach' },
        { name: 'photo', file: 'beach.jpg', filename: 'beach.jpg', contentType: 'image/jpeg' },
      ],
    });
  });

  it('uploads a file beside the HAR as it is, or the content the HAR holds; otherwise a placeholder, with a warning', () => {
    expect(raw[3]!.placeholderFiles).toBeUndefined();
    expect(raw[5]!.placeholderFiles).toBe(true);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/har/browser.har:14:22: the Accept-Encoding header of HAR entry 0 is not sent: each client library asks for the encodings it can decode, and a snippet that asked by hand could print a compressed body',
      'test/fixtures/har/browser.har:282:20: HAR entry 5 (POST /v1/upload): the multipart part "photo" uploads beach.jpg, which the HAR does not hold and is not beside it at beach.jpg: the snippet reads beach.jpg from the folder it runs in (put the file there)',
    ]);
  });
});

describe('HAR as tools write it (real-world.har)', () => {
  const entries = loadSpecs([join(HAR, 'real-world.har')], ROOT);
  const raw = Object.fromEntries(entries.map((e) => [e.origin?.kind === 'har' ? e.origin.entry : -1, e.raw]));
  const warnings = entries.flatMap((e) => e.warnings ?? []).map((w) => w.format());

  it('takes the query from queryString when the url has none, the url\'s when both agree, and merges (with a warning) when they differ', () => {
    expect(raw[0]!.query).toEqual([
      { name: 'tag', value: 'a' },
      { name: 'tag', value: 'b' },
      { name: 'q', value: 'x y' },
    ]);
    expect(raw[1]!.query).toEqual([{ name: 'page', value: '2' }]);
    // httpsnippet's merge: queryString's names in order, a name the url also gives takes the url's values.
    expect(raw[2]!.query).toEqual([
      { name: 'foo', value: 'url' },
      { name: 'baz', value: 'abc' },
      { name: 'key', value: 'value' },
    ]);
    expect(warnings).toContain(
      'test/fixtures/har/real-world.har:23:20: HAR entry 2 (GET /items): the query in the url (?key=value&foo=url) and queryString differ: merged, as httpsnippet does (the url\'s value wins for a name both give)',
    );
  });

  it('imports a multipart entry with no params as an empty body with its type', () => {
    expect(raw[3]).toMatchObject({ method: 'POST', path: '/upload', body: { text: '', contentType: 'multipart/form-data' } });
    expect(raw[9]!.body).toEqual({ text: '', contentType: 'application/x-json' });
  });

  it('keeps the content of an upload the HAR holds, at its relative path; a path leaving the folder keeps only its name', () => {
    expect(raw[4]!.body).toEqual({
      multipart: [
        { name: 'notes', file: 'docs/notes/hello.txt', filename: 'docs/notes/hello.txt', contentType: 'text/plain', content: 'Hello, world\n' },
        { name: 'escape', file: 'passwd', filename: '../../etc/passwd', content: 'not the real one' },
        { name: 'title', value: 'Report' },
      ],
    });
    expect(raw[4]!.placeholderFiles).toBeUndefined();
  });

  it('gives two captured uploads of one name and different bytes a file each, from params or from the text; the same bytes share one', () => {
    const params = [
      { name: 'a', fileName: '/home/me/x.txt', contentType: 'text/plain', value: 'first' },
      { name: 'b', fileName: 'C:\\tmp\\x.txt', contentType: 'text/plain', value: 'second' },
      { name: 'c', fileName: 'x.txt', contentType: 'text/plain', value: 'first' },
      { name: 'd', fileName: 'x', value: 'one' },
      { name: 'e', fileName: 'x', value: 'two' },
    ];
    const text = ['--b', 'Content-Disposition: form-data; name="a"; filename="x.txt"', '', 'first', '--b', 'Content-Disposition: form-data; name="b"; filename="x.txt"', '', 'second', '--b--', ''].join('\r\n');
    const [fromParams, fromText] = loadHar([
      { request: { method: 'POST', url: 'https://api.example.com/p', headers: [], postData: { mimeType: 'multipart/form-data', params } } },
      { request: { method: 'POST', url: 'https://api.example.com/t', headers: [], postData: { mimeType: 'multipart/form-data; boundary=b', text } } },
    ]).map((e) => e.raw.body!.multipart!.map((part) => [part.file, part.filename, part.content]));
    expect(fromParams).toEqual([
      ['x.txt', '/home/me/x.txt', 'first'],
      ['x-2.txt', 'C:\\tmp\\x.txt', 'second'],
      ['x.txt', 'x.txt', 'first'],
      ['x', 'x', 'one'],
      ['x-2', 'x', 'two'],
    ]);
    expect(fromText).toEqual([
      ['x.txt', 'x.txt', 'first'],
      ['x-2.txt', 'x.txt', 'second'],
    ]);
  });

  it('a body labelled form that is not one (JSON sent under the form type) is kept as its exact text', () => {
    const entry = (text: string) => ({ request: { method: 'POST', url: 'https://api.example.com/f', headers: [], postData: { mimeType: 'application/x-www-form-urlencoded', text } } });
    const bodies = loadHar([entry('a=1&b=x%20y'), entry('{"a":"b=c"}')]).map((e) => e.raw.body);
    expect(bodies).toEqual([
      { form: [{ name: 'a', value: '1' }, { name: 'b', value: 'x y' }] },
      { text: '{"a":"b=c"}', contentType: 'application/x-www-form-urlencoded' },
    ]);
  });

  it('a base64 body (as some proxies write every body) is its text when that is UTF-8; a binary one is skipped, said so', () => {
    const entry = (path: string, mimeType: string, bytes: Buffer) => ({
      request: { method: 'POST', url: `https://api.example.com/${path}`, headers: [], postData: { mimeType, text: bytes.toString('base64'), encoding: 'base64' } },
    });
    const loaded = loadHar([entry('json', 'application/json', Buffer.from('{"name":"café"}')), entry('bytes', 'application/octet-stream', Buffer.from([0, 1, 2, 0xff]))]);
    expect(loaded.map((e) => e.raw.body)).toEqual([{ json: { name: 'café' } }]);
    expect(loaded.flatMap((e) => e.warnings ?? []).map((w) => w.message)).toEqual([
      'skipped HAR entry 1 (POST /bytes): the body is binary (base64 that is not UTF-8 text): snipgen sends captured bodies as text; give it as a file with an override (at #/log/entries/1/request/postData)',
    ]);
  });

  it('reads every JSON media type as JSON; a body labelled JSON that is not JSON is sent as its text, with a warning', () => {
    expect(raw[5]!.body).toEqual({ json: { a: 1 }, contentType: 'text/json' });
    expect(raw[6]!.body).toEqual({ json: { data: { type: 'items' } }, contentType: 'application/vnd.api+json' });
    expect(raw[7]!.body).toEqual({ text: '{not json', contentType: 'application/json' });
    expect(warnings).toContain('test/fixtures/har/real-world.har:70:20: HAR entry 7 (POST /json): the body is labelled application/json but is not JSON: it is sent as its exact text');
  });

  it('drops an explicit Accept-Encoding with a warning, and skips a bad entry with a warning naming it', () => {
    expect(raw[0]!.headers).toBeUndefined();
    expect(warnings).toContain(
      'test/fixtures/har/real-world.har:10:22: the Accept-Encoding header of HAR entry 0 is not sent: each client library asks for the encodings it can decode, and a snippet that asked by hand could print a compressed body',
    );
    expect(raw[8]).toBeUndefined();
    expect(entries).toHaveLength(9);
    expect(warnings).toContain('test/fixtures/har/real-world.har:78:20: skipped HAR entry 8: the request has no url (at #/log/entries/8/request)');
  });

  it('--strict refuses the file for the bad entry instead', () => {
    expect(problems(['real-world.har'], { strict: true })).toEqual(['test/fixtures/har/real-world.har:78:20: HAR entry 8: the request has no url (at #/log/entries/8/request)']);
  });
});

describe('httpsnippet\'s own fixtures (test/fixtures/har/httpsnippet)', () => {
  it('imports all 33 requests', () => {
    const corpus = loadSpecs([join(HAR, 'httpsnippet', 'httpsnippet-fixtures.har')], ROOT);
    expect(corpus).toHaveLength(33);
    expect(corpus[10]!.raw.body).toEqual({ multipart: [{ name: 'foo', file: 'test/fixtures/files/hello.txt', filename: 'test/fixtures/files/hello.txt', contentType: 'text/plain' }] });
    expect(corpus[23]!.raw.query).toEqual([
      { name: 'perPage', value: '100' },
      { name: 'page', value: '1' },
    ]);
  });
});

describe('bad HAR input', () => {
  it('strict: an entry without method or URL, or with a body snipgen cannot send, is an error at its place', () => {
    expect(problems(['invalid.har'], { strict: true })).toEqual([
      'test/fixtures/har/invalid.har:10:20: HAR entry 0: the request has no method (at #/log/entries/0/request)',
      'test/fixtures/har/invalid.har:16:20: HAR entry 1: the request has no url (at #/log/entries/1/request)',
      'test/fixtures/har/invalid.har:26:23: HAR entry 2 (POST /b): the multipart body cannot be read: it needs postData.params, or postData.text with the boundary in its mimeType (at #/log/entries/2/request/postData)',
      // A JSON number beyond a double's range reads as Infinity, which no client can send as written.
      'test/fixtures/har/invalid.har:37:23: body.json.limit is Infinity, which JSON cannot carry: YAML writes it .inf or .nan, and a JSON number beyond about 1.8e308 reads as Infinity; no client library sends it as written',
    ]);
  });

  it('lenient: every entry skipped leaves nothing to generate, so what was skipped is an error', () => {
    expect(problems(['invalid.har'])).toEqual([
      'test/fixtures/har/invalid.har:10:20: skipped HAR entry 0: the request has no method (at #/log/entries/0/request)',
      'test/fixtures/har/invalid.har:16:20: skipped HAR entry 1: the request has no url (at #/log/entries/1/request)',
      'test/fixtures/har/invalid.har:26:23: skipped HAR entry 2 (POST /b): the multipart body cannot be read: it needs postData.params, or postData.text with the boundary in its mimeType (at #/log/entries/2/request/postData)',
      'test/fixtures/har/invalid.har:37:23: skipped HAR entry 3 (POST /c): body.json.limit is Infinity, which JSON cannot carry: YAML writes it .inf or .nan, and a JSON number beyond about 1.8e308 reads as Infinity; no client library sends it as written',
    ]);
  });
});

describe('snipgen gen with a HAR file', () => {
  
  it('writes one snippet per entry and client plus the manifest, in the specs layout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-har-')), 'out');
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests,go/net-http', join(HAR, 'browser.har')]);
    expect(result.stderr).toContain('HAR entry 5 (POST /v1/upload): the multipart part "photo" uploads beach.jpg');
    expect(result.exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.snippets).toHaveLength(7 * 2);
    for (const s of manifest.snippets) expect(existsSync(join(out, s.file))).toBe(true);
    expect(manifest.snippets[0]).toEqual({ endpoint: 'get-v1-search', client: 'python/requests', style: 'runnable', lang: 'python', file: 'get-v1-search/python-requests.py' });
    expect(manifest.pages.map((p: { file: string }) => p.file)).toContain('purge-cache-items.md');
  });

  it('writes an upload the HAR holds beside the snippet that opens it, lists it, and removes it when it goes', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-har-')), 'out');
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests', join(HAR, 'real-world.har')]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(out, 'post-upload-2', 'docs', 'notes', 'hello.txt'), 'utf8')).toBe('Hello, world\n');
    expect(readFileSync(join(out, 'post-upload-2', 'passwd'), 'utf8')).toBe('not the real one');
    expect(readFileSync(join(out, 'post-upload-2', 'python-requests.py'), 'utf8')).toContain('open("docs/notes/hello.txt", "rb")');
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.uploads).toEqual([
      { endpoint: 'post-upload-2', file: 'post-upload-2/docs/notes/hello.txt' },
      { endpoint: 'post-upload-2', file: 'post-upload-2/passwd' },
    ]);
    const again = await runCli(['gen', '--out', out, '--clients', 'python/requests', join(HAR, 'browser.har')]);
    expect(again.exitCode).toBe(0);
    expect(existsSync(join(out, 'post-upload-2', 'docs', 'notes', 'hello.txt'))).toBe(false);
  });

  it('an upload named as a snippet file is refused naming the upload, not as an endpoint id to rename', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-har-'));
    const har = join(dir, 'upload.har');
    const params = [{ name: 'script', fileName: 'python-requests.py', contentType: 'text/x-python', value: 'print(1)\n' }];
    writeFileSync(har, JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'POST', url: 'https://api.example.com/run', headers: [], postData: { mimeType: 'multipart/form-data', params } } }] } }));
    const out = join(dir, 'out');
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests', har]);
    expect(result.stderr).toContain('two outputs are written to post-run/python-requests.py (an upload of endpoint "post-run" that the input holds): rename the uploaded file in the input, or the endpoint id');
    expect(result.exitCode).toBe(2);
    expect(existsSync(out)).toBe(false);
  });

  it('bad input exits 2, names file and place, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-har-')), 'out');
    const before = treeHash(out);
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests', join(HAR, 'browser.har'), join(HAR, 'invalid.har')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('test/fixtures/har/invalid.har:10:20: skipped HAR entry 0: the request has no method');
    expect(treeHash(out)).toBe(before);
  });
});

describe('the captured response, for docs pages', () => {
  const entry = (content: Record<string, unknown>, status = 200) => ({
    request: { method: 'GET', url: 'https://api.example.com/v1/pets', httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [] },
    response: { status, statusText: 'OK', headers: [], cookies: [], content },
  });
  const responses = (entries: unknown[]) => buildEndpoints(loadHar(entries), { style: 'runnable' }).map((e) => e.response);

  it('keeps JSON as JSON (pretty), other text as it is, and leaves out binary and empty answers', () => {
    expect(
      responses([
        entry({ mimeType: 'application/json; charset=utf-8', text: '{"id":1,"big":12345678901234567890}' }, 201),
        entry({ mimeType: 'text/plain', text: 'ok' }),
        entry({ mimeType: 'application/json', text: 'not json' }),
        entry({ mimeType: 'image/png', text: 'iVBORw0KGgo=', encoding: 'base64' }),
        entry({ mimeType: 'application/json', text: '' }),
      ]),
    ).toEqual([
      { status: 201, contentType: 'application/json; charset=utf-8', text: '{\n  "id": 1,\n  "big": 12345678901234567890\n}', fence: 'json' },
      { status: 200, contentType: 'text/plain', text: 'ok', fence: '' },
      { status: 200, contentType: 'application/json', text: 'not json', fence: '' },
      null,
      null,
    ]);
  });
});

describe('one HAR entry or one request without its log (as some tools copy one)', () => {
  const request = {
    method: 'POST',
    url: 'https://api.example.com/v1/items?x=1',
    httpVersion: 'HTTP/1.1',
    headers: [{ name: 'Content-Type', value: 'application/json' }],
    queryString: [{ name: 'x', value: '1' }],
    cookies: [],
    postData: { mimeType: 'application/json', text: '{"a":1}' },
  };
  const write = (name: string, value: unknown) => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-har-part-'));
    const file = join(dir, name);
    writeFileSync(file, JSON.stringify(value, null, 2));
    return { dir, file };
  };

  it('is read as a HAR of that one entry, the same endpoint as in a whole HAR', () => {
    const whole = loadHar([{ request }]).map((e) => e.raw);
    for (const part of [{ request }, request]) {
      const { dir, file } = write('part.json', part);
      expect(detectInput(JSON.stringify(part))).toEqual({ kind: 'har' });
      expect(loadSpecs([file], dir).map((e) => e.raw)).toEqual(whole);
    }
  });

  it('places a problem at its line in the file as written', () => {
    const { dir, file } = write('bad.json', { ...request, url: 'ftp://api.example.com/x' });
    try {
      loadSpecs([file], dir, { strict: true });
      expect.unreachable();
    } catch (e) {
      expect((e as SnipgenErrors).errors.map((x) => x.format().replace(dir + '/', ''))).toEqual([
        'bad.json:3:10: HAR entry 0 (POST /x): the url "ftp://api.example.com/x" is not an absolute http(s) URL (at #/url)',
      ]);
    }
  });
});

describe('ids derived across the files of one run', () => {
  it('two captures that both hold GET / get an id each, as two entries of one file do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-har-ids-'));
    const har = (url: string) => JSON.stringify({ log: { version: '1.2', entries: [{ request: { method: 'GET', url, headers: [] } }] } });
    writeFileSync(join(dir, 'a.har'), har('https://one.example/'));
    writeFileSync(join(dir, 'b.har'), har('https://two.example/'));
    expect(loadSpecs([join(dir, 'a.har'), join(dir, 'b.har')], dir).map((e) => [e.raw.id, e.raw.baseUrl])).toEqual([
      ['get', 'https://one.example'],
      ['get-2', 'https://two.example'],
    ]);
  });
});
