import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli-support.js';

// Inputs that would make a snippet send another request than the one described: every input
// format refuses them at their place, exit 2, nothing written.
const work = mkdtempSync(join(tmpdir(), 'snipgen-refusals-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
function file(name: string, content: string | Buffer): string {
  const dir = join(work, `case-${++n}`);
  const path = join(dir, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** Runs `gen` into a fresh folder from inside the input's folder, so messages name files as given. */
async function gen(input: string, ...args: string[]) {
  const dir = join(input, '..');
  const out = join(dir, 'out');
  const result = await runCli(['gen', input.slice(dir.length + 1), '-o', 'out', ...args], { cwd: dir });
  return { ...result, wrote: existsSync(out) };
}

describe('a body content type is a header line', () => {
  it('HAR: a postData.mimeType with CR/LF is refused at the entry\'s body', async () => {
    const har = file(
      'capture.har',
      JSON.stringify(
        { log: { version: '1.2', entries: [{ request: { method: 'POST', url: 'https://api.example.com/v1/notes', headers: [], postData: { mimeType: 'text/plain\r\nX-Injected: 1', text: 'hello' } } }] } },
        null,
        2,
      ),
    );
    const result = await gen(har);
    expect(result.exitCode).toBe(2);
    // Without --strict the entry is skipped; with nothing else in the file, that is an error.
    expect(result.stderr).toMatch(/^capture\.har:\d+:\d+: skipped HAR entry 0 \(POST \/v1\/notes\): body\.contentType: the value of header Content-Type contains a control character \(U\+000D carriage return\), which HTTP cannot send$/m);
    expect(result.wrote).toBe(false);
  });

  it('OpenAPI: a media-type key with CR/LF is refused at the request body', async () => {
    const doc = file(
      'openapi.json',
      JSON.stringify(
        {
          openapi: '3.0.3',
          info: { title: 't', version: '1' },
          servers: [{ url: 'https://api.example.com' }],
          paths: { '/notes': { post: { operationId: 'addNote', requestBody: { content: { 'text/plain\r\nX-Injected: 1': { example: 'hello' } } }, responses: { 200: { description: 'ok' } } } } },
        },
        null,
        2,
      ),
    );
    const result = await gen(doc);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^openapi\.json:\d+:\d+: skipped operation addNote \(POST \/notes\): body\.contentType: the value of header Content-Type contains a control character/m);
    expect(result.wrote).toBe(false);
  });
});

describe('--base-url and the config\'s baseUrl are checked like a spec\'s baseUrl', () => {
  const spec = () => file('spec.yaml', 'id: x\nmethod: GET\nbaseUrl: https://api.example.com\npath: /x\n');

  it.each([
    ['not a url', 'is not an absolute http(s) URL'],
    ['http://x/?q#f', 'has a query or a fragment'],
    ['http://user:pass@x.example', 'holds credentials, which clients send differently or not at all: give them as auth: { type: basic } instead'],
    ['http://x.example/a/../b', 'has the dot segment ".." in its path'],
    ['ftp://x.example', 'is not an absolute http(s) URL'],
  ])('--base-url %j is a usage error: exit 2, nothing written', async (url, why) => {
    const result = await gen(spec(), '--base-url', url);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`error: option '--base-url <url>' argument '${url}' is invalid. The URL ${why}`);
    expect(result.wrote).toBe(false);
  });

  it('a good --base-url replaces the spec\'s', async () => {
    const input = spec();
    const result = await gen(input, '--base-url', 'https://sandbox.example/v2/', '-c', 'shell/curl');
    expect([result.exitCode, result.stderr]).toEqual([0, '']);
    expect(readFileSync(join(input, '..', 'out', 'x', 'shell-curl.sh'), 'utf8')).toContain('--url https://sandbox.example/v2/x');
  });

  it('the config\'s baseUrl is an input error at its line', async () => {
    const input = spec();
    writeFileSync(join(input, '..', 'snipgen.config.yaml'), 'out: out\nbaseUrl: https://user:pass@x.example\n');
    const result = await gen(input);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^snipgen\.config\.yaml:2:10: baseUrl "https:\/\/user:pass@x\.example" holds credentials/m);
    expect(result.wrote).toBe(false);
  });
});

describe('an input that is not UTF-8 is refused at its first bad byte, in every input format', () => {
  const why = (byte: string, offset: number) => `not UTF-8: byte 0x${byte} at offset ${offset} starts no valid UTF-8 sequence (snipgen reads every input as UTF-8)`;
  const latin1 = (text: string) => Buffer.from(text, 'latin1');

  it('a YAML spec, a HAR file and an OpenAPI document, all in one run', async () => {
    const spec = file('spec.yaml', latin1('id: x\nmethod: GET\nbaseUrl: https://a.example\npath: /x\ntitle: "caf\u00e9"\n'));
    const dir = join(spec, '..');
    writeFileSync(join(dir, 'capture.har'), Buffer.concat([Buffer.from('{"log":{"version":"1.2","entries":[\n{"request":{"method":"GET","url":"https://a.example/'), Buffer.from([0xc3, 0x28]), Buffer.from('"}}]}}')]));
    writeFileSync(join(dir, 'openapi.json'), Buffer.concat([Buffer.from('{"openapi":"3.0.3",\n  "info":{"title":"\u00e9 ok then '), Buffer.from([0xed, 0xa0, 0x80]), Buffer.from('","version":"1"},"paths":{}}')]));
    const result = await runCli(['gen', 'spec.yaml', 'capture.har', 'openapi.json', '-o', 'out'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n').filter((l) => l.includes('not UTF-8'))).toEqual([
      `capture.har:2:53: ${why('C3', 88)}`,
      // A surrogate's UTF-8 form (ED A0 80) is ill-formed; columns count characters, as the YAML reader's do.
      `openapi.json:2:30: ${why('ED', 50)}`,
      `spec.yaml:5:12: ${why('E9', 65)}`,
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });

  it('the config, the overrides file and a docs page', async () => {
    const spec = file('spec.yaml', 'id: x\nmethod: GET\nbaseUrl: https://a.example\npath: /x\n');
    const dir = join(spec, '..');
    writeFileSync(join(dir, 'page.md'), latin1('# Page\n\nna\u00efve\n<!-- snipgen:start endpoint=x -->\n<!-- snipgen:end -->\n'));
    writeFileSync(join(dir, 'overrides.yaml'), latin1('x:\n  title: "\u00ff"\n'));
    const withDocs = await runCli(['gen', 'spec.yaml', '-o', 'out', '--docs', 'page.md', '-c', 'shell/curl'], { cwd: dir });
    expect([withDocs.exitCode, withDocs.stderr.split('\n')[0]]).toEqual([2, `page.md:3:3: ${why('EF', 10)}`]);
    const withOverrides = await runCli(['gen', 'spec.yaml', '-o', 'out', '--overrides', 'overrides.yaml'], { cwd: dir });
    expect([withOverrides.exitCode, withOverrides.stderr.split('\n')[0]]).toEqual([2, `overrides.yaml:2:11: ${why('FF', 13)}`]);
    writeFileSync(join(dir, 'snipgen.config.yaml'), latin1('# r\u00e9glages\nout: out\n'));
    const withConfig = await runCli(['gen', 'spec.yaml'], { cwd: dir });
    expect([withConfig.exitCode, withConfig.stderr.split('\n')[0]]).toEqual([2, `snipgen.config.yaml:1:4: ${why('E9', 3)}`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('an option given an empty value is a usage error', () => {
  it.each([
    ['gen', '-c', ''],
    ['gen', '-c', ','],
    ['gen', '-o', ''],
    ['gen', '--format', ''],
    ['gen', '--templates', ' '],
    ['check', '--docs', ''],
    ['verify', '-c', ''],
    ['verify', '--cache-dir', ''],
  ])('%s %s %j: exit 2, nothing run or written', async (command, flag, value) => {
    const spec = file('spec.yaml', 'id: x\nmethod: GET\nbaseUrl: https://api.example.com\npath: /x\n');
    const dir = join(spec, '..');
    const result = await runCli([command, 'spec.yaml', flag, value], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^error: option '[^']*${flag}[^']*' argument '${value}' is invalid\\. It (cannot be empty|names nothing)\\.`));
    expect(readdirSync(dir)).toEqual(['spec.yaml']);
  });
});

describe('what a client cannot send', () => {
  it('is left out with a warning; with --strict every refusal is an error, in one run, with the count line', async () => {
    // A folder of its own: an earlier case leaves a config that is not UTF-8 under the shared one.
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-many-refusals-'));
    writeFileSync(
      join(dir, 'two.yaml'),
      [
        '- id: get-with-body',
        '  method: GET',
        '  baseUrl: https://api.example.com',
        '  path: /a',
        '  body: { json: { a: 1 } }',
        '- id: non-ascii-header',
        '  method: GET',
        '  baseUrl: https://api.example.com',
        '  path: /b',
        '  headers: { X-Name: Zoë }',
        '',
      ].join('\n'),
    );
    const result = await runCli(['gen', 'two.yaml', '-o', 'out', '-c', 'swift/urlsession,java/httpclient', '--strict'], { cwd: dir });
    expect(result.exitCode).toBe(2);
    expect(result.stderr.split('\n').filter(Boolean)).toEqual([
      'two.yaml:1:3: swift/urlsession: URLSession refuses a GET request with a body',
      'two.yaml:6:3: java/httpclient cannot send the non-ASCII value of header X-Name: java.net.http writes header values as US-ASCII (endpoint "non-ascii-header")',
      'snipgen: 2 problems found; nothing was written',
    ]);
    expect(existsSync(join(dir, 'out'))).toBe(false);

    // Without --strict each refused snippet is left out with a located warning, and the rest is written.
    const lenient = await runCli(['gen', 'two.yaml', '-o', 'out', '-c', 'swift/urlsession,java/httpclient,shell/curl'], { cwd: dir });
    expect(lenient.exitCode, lenient.stderr).toBe(0);
    expect(lenient.stderr.split('\n').filter(Boolean)).toEqual([
      'two.yaml:1:3: warning: left out: swift/urlsession: URLSession refuses a GET request with a body',
      'two.yaml:6:3: warning: left out: java/httpclient cannot send the non-ASCII value of header X-Name: java.net.http writes header values as US-ASCII (endpoint "non-ascii-header")',
    ]);
    expect(readdirSync(join(dir, 'out', 'get-with-body')).sort()).toEqual(['java-httpclient.java', 'shell-curl.sh']);
    expect(readdirSync(join(dir, 'out', 'non-ascii-header')).sort()).toEqual(['shell-curl.sh', 'swift-urlsession.swift']);
  });
});

describe('a refusal by a printer several clients share names the client', () => {
  it('the shell printers refuse a NUL for curl, HTTPie and wget, each under its own name', async () => {
    const spec = file('nul.yaml', 'id: nul\nmethod: POST\nbaseUrl: https://api.example.com\npath: /v1/x\nbody:\n  text: "a\\0b"\n  contentType: text/plain\n');
    const result = await gen(spec, '-c', 'shell/curl,shell/httpie,shell/wget');
    expect(result.exitCode).toBe(0);
    const lines = result.stderr.split('\n').filter((line) => line.includes('left out'));
    expect(lines.map((line) => line.replace(/^.*left out: /, '').split(':')[0])).toEqual(['shell/curl', 'shell/httpie', 'shell/wget']);
    expect(lines.every((line) => line.endsWith('a shell argument cannot contain a NUL character'))).toBe(true);
  });
});

describe('a multipart name: a quote and a backslash are refused each by the clients that cannot send it', () => {
  it('libcurl (R) sends a backslash as shell/curl does, and writes a quote as %22; aiohttp can send neither', async () => {
    const spec = (name: string) => file('parts.yaml', `id: parts\nmethod: POST\nbaseUrl: https://api.example.com\npath: /v1/x\nbody:\n  multipart:\n    - { name: ${JSON.stringify(name)}, value: v }\n`);
    const leftOut = async (name: string) => {
      const result = await gen(spec(name), '-c', 'r/httr,r/httr2,python/aiohttp,shell/curl');
      expect(result.exitCode, result.stderr).toBe(0);
      return result.stderr.split('\n').filter((line) => line.includes('left out')).map((line) => line.replace(/^.*left out: /, '').split(' ')[0]);
    };
    expect(await leftOut('a\\b')).toEqual(['python/aiohttp']);
    expect(await leftOut('a"b')).toEqual(['r/httr', 'r/httr2', 'python/aiohttp']);
  });
});
