import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../../src/errors.js';
import { loadSpecs } from '../../src/input/load.js';
import { runCli, treeHash } from '../cli-support.js';
import { ROOT } from '../support.js';

const HAR = join(ROOT, 'test', 'fixtures', 'har');

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
        { name: 'avatar', file: 'avatar.png', filename: 'avatar.png', contentType: 'image/png' },
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

  it('uploads a file beside the HAR as it is; a file that is not there is a placeholder, with a warning', () => {
    expect(raw[3]!.placeholderFiles).toBe(true);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.format())).toEqual([
      'test/fixtures/har/browser.har:180:20: HAR entry 3 (POST /v1/upload): the multipart part "avatar" uploads avatar.png, which is not beside the HAR file: the snippet reads avatar.png from the folder it runs in (put the file there; the content the HAR may hold is not written out)',
      'test/fixtures/har/browser.har:282:20: HAR entry 5 (POST /v1/upload): the multipart part "photo" uploads beach.jpg, which is not beside the HAR file: the snippet reads beach.jpg from the folder it runs in (put the file there; the content the HAR may hold is not written out)',
    ]);
  });
});

describe('bad HAR input', () => {
  it('an entry without method or URL, or with a body snipgen cannot send, is reported at its place', () => {
    let messages: string[] = [];
    try {
      loadSpecs([join(HAR, 'invalid.har')], ROOT);
    } catch (e) {
      if (!(e instanceof SnipgenErrors)) throw e;
      messages = e.errors.map((x) => x.format());
    }
    expect(messages).toEqual([
      'test/fixtures/har/invalid.har:10:20: HAR entry 0: the request has no method (at #/log/entries/0/request)',
      'test/fixtures/har/invalid.har:16:20: HAR entry 1: the request has no url (at #/log/entries/1/request)',
      'test/fixtures/har/invalid.har:26:23: HAR entry 2: unsupported body type: a multipart body needs postData.params, or postData.text with the boundary in its mimeType (at #/log/entries/2/request/postData)',
    ]);
  });
});

describe('snipgen gen with a HAR file', () => {
  
  it('writes one snippet per entry and client plus the manifest, in the specs layout', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-har-')), 'out');
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests,go/net-http', join(HAR, 'browser.har')]);
    expect(result.stderr).toContain('HAR entry 3 (POST /v1/upload): the multipart part "avatar" uploads avatar.png');
    expect(result.exitCode).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.snippets).toHaveLength(7 * 2);
    for (const s of manifest.snippets) expect(existsSync(join(out, s.file))).toBe(true);
    expect(manifest.snippets[0]).toEqual({ endpoint: 'get-v1-search', client: 'python/requests', style: 'runnable', lang: 'python', file: 'get-v1-search/python-requests.py' });
    expect(manifest.pages.map((p: { file: string }) => p.file)).toContain('purge-cache-items.md');
  });

  it('bad input exits 2, names file and place, and writes nothing', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-har-')), 'out');
    const before = treeHash(out);
    const result = await runCli(['gen', '--out', out, '--clients', 'python/requests', join(HAR, 'browser.har'), join(HAR, 'invalid.har')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('test/fixtures/har/invalid.har:10:20: HAR entry 0: the request has no method');
    expect(treeHash(out)).toBe(before);
  });
});
