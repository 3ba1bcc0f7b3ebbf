import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../../src/errors.js';
import { curlRequest } from '../../src/input/curl.js';
import { detectInput } from '../../src/input/index.js';
import { loadInputs, loadSpecs } from '../../src/input/load.js';
import { runCli } from '../cli-support.js';
import { ROOT } from '../support.js';

const CURL = join(ROOT, 'test', 'fixtures', 'curl');

/** argv words as `snipgen convert -- curl ...` receives them. */
const request = (...words: string[]) => curlRequest(['curl', ...words].map((w, i) => ({ parts: [{ text: w }], loc: { file: 'cmd', line: 1, col: i + 1 } })), CURL);

describe('curl commands (requests.curl)', () => {
  const entries = loadSpecs([join(CURL, 'requests.curl')], ROOT);
  const raw = entries.map((e) => e.raw);

  it('is read by its content, one endpoint per command, continuations and every kind of quoting', () => {
    expect(detectInput('# docs\ncurl https://x.example\n')).toEqual({ kind: 'curl' });
    expect(raw.map((r) => r.id)).toEqual(['post-v1-items', 'get-v1-search', 'post-v1-login', 'post-v1-upload', 'post-v1-json', 'put-v1-notes-7']);
  });

  it('-X, -H, -d with a JSON type: a JSON body (big integers exact); a bearer token in a variable becomes auth read from the environment', () => {
    expect(raw[0]).toEqual({
      id: 'post-v1-items',
      method: 'POST',
      baseUrl: 'https://api.example.com',
      path: '/v1/items',
      query: [{ name: 'lang', value: 'en' }],
      auth: { type: 'bearer', env: 'EXAMPLE_TOKEN' },
      body: { json: { name: 'Rock & roll', tags: ['a', 'b'], id: 12345678901234567890n } },
    });
  });

  it('-G sends the data in the query, after --url-query; --data-urlencode encodes', () => {
    expect(raw[1]).toMatchObject({
      method: 'GET',
      query: [
        { name: 'limit', value: '10' },
        { name: 'q', value: 'café au lait' },
        { name: 'page', value: '2' },
      ],
    });
    expect(raw[1]!.body).toBeUndefined();
  });

  it('-u is basic auth; -d and --data-urlencode join into one form body', () => {
    expect(raw[2]).toMatchObject({
      auth: { type: 'basic', username: 'alice', password: 's3cret' },
      body: { form: [{ name: 'note', value: 'a&b=c' }, { name: 'scope', value: 'read' }] },
    });
  });

  it('-F: text fields and a file beside the command with its type; $\'...\' inside double quotes is literal', () => {
    expect(raw[3]!.body).toEqual({
      multipart: [
        { name: 'title', value: 'Quarterly report' },
        { name: 'file', file: 'hello.txt', contentType: 'text/plain' },
        { name: 'memo', value: "$'not expanded'" },
      ],
    });
    expect(raw[3]!.placeholderFiles).toBeUndefined();
  });

  it('--json sets the JSON headers; -b cookies; -e the Referer; $\'...\' decodes escapes', () => {
    expect(raw[4]).toMatchObject({
      method: 'POST',
      headers: [
        { name: 'Referer', value: 'https://docs.example.com/' },
        { name: 'Accept', value: 'application/json' },
      ],
      cookies: [
        { name: 'session', value: 'abc' },
        { name: 'theme', value: 'dark' },
      ],
      body: { json: { ok: true } },
    });
    expect(raw[5]).toMatchObject({ method: 'PUT', body: { text: 'line one\nline two', contentType: 'text/plain' } });
  });

  it('refuses other options by name at their column, a file read by -d, and a value only the shell knows; lenient skips only that command', () => {
    let errors: string[] = [];
    try {
      loadSpecs([join(CURL, 'refused.curl')], ROOT, { strict: true });
    } catch (e) {
      errors = (e as SnipgenErrors).errors.map((x) => x.format());
    }
    expect(errors).toEqual([
      expect.stringMatching(/^test\/fixtures\/curl\/refused\.curl:1:35: curl command 1: curl option --proxy is not supported \(snipgen reads -X, -H/),
      'test/fixtures/curl/refused.curl:2:38: curl command 2: -d @body.json reads the body from a file, without its line breaks: use --data-binary @body.json',
      'test/fixtures/curl/refused.curl:3:45: curl command 3: the shell computes "$(uuidgen)" when it runs: write the value instead',
    ]);
    const lenient = loadSpecs([join(CURL, 'refused.curl')], ROOT);
    expect(lenient.map((e) => e.raw.id)).toEqual(['get-v1-d']);
    expect(lenient.flatMap((e) => e.warnings ?? []).map((w) => w.format().split(': ').slice(0, 2).join(': '))).toEqual([
      'test/fixtures/curl/refused.curl:1:35: skipped curl command 1',
      'test/fixtures/curl/refused.curl:2:38: skipped curl command 2',
      'test/fixtures/curl/refused.curl:3:45: skipped curl command 3',
    ]);
  });

  it('-d without a type: a form when the text is one, else the exact text under the form type curl sends', () => {
    const body = (data: string) => request('https://a.example/x', '-d', data).raw!.body;
    expect(body('name=John Doe&scope=read:user&ids[]=1&empty=')).toEqual({
      form: [
        { name: 'name', value: 'John Doe' },
        { name: 'scope', value: 'read:user' },
        { name: 'ids[]', value: '1' },
        { name: 'empty', value: '' },
      ],
    });
    // Read as fields these would be re-encoded (`%7B%22a%22...=`) and reach the server as other bytes.
    for (const text of ['{"a":"b=c"}', '<a>x=1</a>', 'plain words', 'a=1\nb=2', 'a=1\n']) {
      expect(body(text)).toEqual({ text, contentType: 'application/x-www-form-urlencoded' });
    }
  });

  it('options that change only what curl writes, waits for or retries are read and left out, their values too', () => {
    const { raw, problems } = request('-o', 'out.json', '-w', '%{http_code}', '--max-time', '5', '-m5', '--retry', '3', '--connect-timeout', '2', '-O', 'https://a.example/x');
    expect(problems).toEqual([]);
    expect(raw).toEqual({ id: '', method: 'GET', baseUrl: 'https://a.example', path: '/x' });
  });

  it('-T uploads a file as the body, with PUT unless -X says otherwise, named after the file when the URL ends in "/"', () => {
    const put = request('-T', 'upload.png', 'https://a.example/bucket/key.png?sig=1');
    expect(put.problems).toEqual([]);
    expect(put.raw).toMatchObject({ method: 'PUT', path: '/bucket/key.png', query: [{ name: 'sig', value: '1' }], body: { file: 'upload.png', contentType: 'application/octet-stream' } });
    expect(request('-T', 'my photo.png', '-X', 'POST', '-H', 'Content-Type: image/png', 'https://a.example/in/').raw).toMatchObject({
      method: 'POST',
      path: '/in/my%20photo.png',
      body: { file: 'my photo.png', contentType: 'image/png' },
    });
    expect(request('-T', '-', 'https://a.example/x').problems.map((p) => p.message)).toEqual(['-T - reads the body from standard input: give a file']);
    expect(request('-T', 'a.bin', '-d', 'x=1', 'https://a.example/x').problems.map((p) => p.message)).toEqual(['the command gives its body more than one way (-d, -F, --data-binary @file, -T): curl sends one']);
  });

  it('a -H Cookie line and -b cookies become one list of cookies (curl would send two Cookie lines)', () => {
    const { raw, problems } = request('-H', 'Cookie: a=1; flag', '-b', 'b=2', 'https://a.example/x');
    expect(problems).toEqual([]);
    expect(raw!.headers).toBeUndefined();
    expect(raw!.cookies).toEqual([
      { name: 'a', value: '1' },
      { name: 'flag', value: '' },
      { name: 'b', value: '2' },
    ]);
  });

  it('a file the request sends that is not beside the command is read from the snippet\'s folder, told for -T, --data-binary @ and -F @', () => {
    const why = 'which is not beside the curl command: the snippet reads it from the folder it runs in (put the file there)';
    expect(request('-T', 'missing.bin', 'https://a.example/x').warnings).toEqual([`the body is the file missing.bin, ${why}`]);
    expect(request('--data-binary', '@missing.json', 'https://a.example/x').warnings).toEqual([`the body is the file missing.json, ${why}`]);
    const form = request('-F', 'doc=@missing.pdf;type=application/pdf', 'https://a.example/x');
    expect(form.warnings).toEqual([`the form field doc uploads missing.pdf, ${why}`]);
    expect(form.raw!.placeholderFiles).toBe(true);
  });

  it('--http1.1 and --http2 are read and left out, told once; -H @file is refused saying what to write', () => {
    const { raw, problems, warnings } = request('--http2', 'https://a.example/x');
    expect(problems).toEqual([]);
    expect(raw).toEqual({ id: '', method: 'GET', baseUrl: 'https://a.example', path: '/x' });
    expect(warnings).toEqual(["the HTTP version is not carried over: each snippet's library chooses its own"]);
    expect(request('-H', '@headers.txt', 'https://a.example/x').problems.map((p) => p.message)).toEqual(['-H @headers.txt reads headers from a file: give each as -H "Name: value"']);
  });

  it('headers the client library writes itself (Connection, Accept-Encoding) are left out, told once', () => {
    const { raw, problems, warnings } = request('https://a.example/x', '-H', 'Connection: keep-alive', '-H', 'X-Id: 7', '-H', 'Accept-Encoding: gzip, br');
    expect(problems).toEqual([]);
    expect(raw!.headers).toEqual([{ name: 'X-Id', value: '7' }]);
    expect(warnings).toEqual(['Connection, Accept-Encoding are not sent: each client library writes them for its own connection and decoders']);
  });

  it('a command written for Windows cmd (Chrome\'s "Copy as cURL (cmd)") is refused at its first caret, not misread', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-curl-cmd-'));
    writeFileSync(join(dir, 'cmd.curl'), 'curl ^"https://api.example.com/v1/items^" ^\n  -H ^"accept: application/json^"\n');
    writeFileSync(join(dir, 'continued.curl'), '# from a Windows shell\ncurl https://api.example.com/v1/items ^\n  -H "accept: application/json"\n');
    const why = 'this curl command is written for Windows cmd (^ escapes and line continuations): snipgen reads bash syntax, so copy the request as cURL (bash)';
    for (const [file, place] of [['cmd.curl', '1:6'], ['continued.curl', '2:39']] as const) {
      expect(() => loadSpecs([join(dir, file)], dir)).toThrow(SnipgenErrors);
      try {
        loadSpecs([join(dir, file)], dir);
      } catch (e) {
        expect((e as SnipgenErrors).errors.map((x) => x.format())).toEqual([`${file}:${place}: ${why}`]);
      }
    }
  });

  it('bundled short options and attached values', () => {
    expect(request('-sSXPOST', '-HX-Id: 7', 'https://a.example/x', '-dk=v', '-Abot/1').raw).toMatchObject({
      method: 'POST',
      headers: [
        { name: 'X-Id', value: '7' },
        { name: 'User-Agent', value: 'bot/1' },
      ],
      body: { form: [{ name: 'k', value: 'v' }] },
    });
    expect(request('-sz', 'https://a.example/x').problems.map((p) => [p.message.split(' (')[0], p.loc.col])).toEqual([['curl option -z is not supported', 4]]);
  });
});

describe('snipgen convert -- curl ...', () => {
  it('prints every chosen client\'s snippet to stdout', async () => {
    const result = await runCli(['convert', '--clients', 'python/requests,shell/curl', '--', 'curl', '-X', 'POST', 'https://api.example.com/v1/items', '-H', 'Content-Type: application/json', '-d', '{"a": 1}']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^### python\/requests\n\n```python\nimport requests\n[\s\S]*json=payload,[\s\S]*```\n\n### shell\/curl\n\n```bash\ncurl --url https:\/\/api\.example\.com\/v1\/items[\s\S]*```\n$/);
  });

  it('refuses an option it does not read by name and column, exit 2', async () => {
    const result = await runCli(['convert', '--', 'curl', 'https://a.example', '--proxy', 'http://p']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('command line:1:24: curl option --proxy is not supported');
  });
});

describe('commands joined by ; && ||', () => {
  const write = (text: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-curl-list-'));
    writeFileSync(join(dir, 'list.curl'), text);
    return dir;
  };

  it('are read one by one, as docs write them ("curl ...;")', () => {
    const dir = write('curl https://a.example/one;\ncurl https://a.example/two && curl https://a.example/three || curl https://a.example/four\n');
    expect(loadSpecs([join(dir, 'list.curl')], dir).map((e) => e.raw.path)).toEqual(['/one', '/two', '/three', '/four']);
  });

  it('output piped or redirected is left out with a warning; input redirected and background jobs are refused at their place', () => {
    const dir = write('curl https://a.example/one | jq .\ncurl https://a.example/two > out.json 2>/dev/null\n');
    const entries = loadSpecs([join(dir, 'list.curl')], dir);
    expect(entries.map((e) => e.raw.path)).toEqual(['/one', '/two']);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => (typeof w === 'string' ? w : w.message))).toEqual([
      'curl command 1: the output piped to "jq ." is left out',
      'curl command 2: the redirection "> out.json 2>/dev/null" of the output is left out',
    ]);
    const refused = write('curl https://a.example/one --data-binary @- < body.json\ncurl https://a.example/two &\n');
    try {
      loadSpecs([join(refused, 'list.curl')], refused);
      expect.unreachable();
    } catch (e) {
      expect((e as SnipgenErrors).errors.map((x) => x.format().replace(`${refused}/`, '').split(' (no ')[0])).toEqual([
        'list.curl:1:1: only plain commands can be read',
        'list.curl:2:28: only plain commands can be read',
      ]);
    }
  });

  it('a command other than curl (a variable set, an echo) is skipped with a warning, an error with --strict', () => {
    const dir = write('set -e\nexport TOKEN=abc\ncurl https://a.example/one\necho "done"\n');
    expect(detectInput(readFileSync(join(dir, 'list.curl'), 'utf8'))).toEqual({ kind: 'curl' });
    const loaded = loadInputs([join(dir, 'list.curl')], dir);
    expect(loaded.entries.map((e) => e.raw.path)).toEqual(['/one']);
    expect(loaded.warnings.map((w) => w.format().replace(`${dir}/`, ''))).toEqual([
      'list.curl:1:1: skipped curl command 1: only curl commands are read, not "set"',
      'list.curl:2:1: skipped curl command 2: only curl commands are read, not "export"',
      'list.curl:4:1: skipped curl command 4: only curl commands are read, not "echo"',
    ]);
    expect(() => loadInputs([join(dir, 'list.curl')], dir, { strict: true })).toThrow(/only curl commands are read, not "set"/);
  });
});
