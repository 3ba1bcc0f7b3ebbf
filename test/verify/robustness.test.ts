import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { execa } from 'execa';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildEndpoints, loadSpecs } from '../../src/input/load.js';
import { expectedRequest, sha256 } from '../../src/verify/expected.js';
import { unavailable, verify } from '../../src/verify/run.js';
import { CLIENTS } from '../../src/clients/index.js';
import { ROOT, SHAPES } from '../support.js';

const work = mkdtempSync(join(tmpdir(), 'snipgen-robust-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Node runs javascript/fetch on every machine that runs these tests, so nothing here is skipped. */
const NODE_CLIENT = 'javascript/fetch';

describe('verify and uploads snipgen does not have', () => {
  const har = join(ROOT, 'test', 'fixtures', 'har', 'browser.har');

  it('expects stand-in bytes of its own for a file that is not beside the input, and the content a HAR holds for one it captured', () => {
    const missing = join(work, 'missing.har');
    writeFileSync(
      missing,
      JSON.stringify({
        log: {
          version: '1.2',
          entries: [
            {
              request: {
                method: 'POST',
                url: 'https://api.example.com/upload',
                httpVersion: 'HTTP/1.1',
                headers: [],
                queryString: [],
                cookies: [],
                postData: { mimeType: 'multipart/form-data', params: [{ name: 'doc', fileName: 'nowhere.bin', contentType: 'application/octet-stream' }] },
              },
            },
          ],
        },
      }),
    );
    const [standIn] = buildEndpoints(loadSpecs([missing], ROOT), { style: 'runnable' });
    const body = expectedRequest(standIn!, {}).body;
    expect(body.kind === 'multipart' && body.parts[0]).toMatchObject({ kind: 'file', filename: 'nowhere.bin', sha256: sha256(Buffer.from('snipgen verify stand-in for nowhere.bin\n')) });
    const captured = buildEndpoints(loadSpecs([har], ROOT), { style: 'runnable' }).find((e) => e.body?.kind === 'multipart')!;
    const parts = expectedRequest(captured, {}).body;
    const avatar = parts.kind === 'multipart' ? parts.parts.find((p) => p.name === 'avatar') : undefined;
    expect(avatar).toMatchObject({ kind: 'file', filename: 'avatar.png', sha256: sha256(Buffer.from('\u0089PNG', 'utf8')) });
  });

  it('runs the snippet with the stand-in in place, and the stand-in must arrive', async () => {
    const report = await verify({ inputs: [har], clients: [NODE_CLIENT], styles: ['runnable'], cacheDir: join(work, 'cache-har') });
    const upload = report.results.find((r) => r.endpoint === 'post-v1-upload');
    expect(upload, report.results.map((r) => r.endpoint).join(', ')).toBeDefined();
    expect([upload!.status, upload!.reason, ...upload!.detail]).toEqual(['passed', '']);
  }, 120_000);
});

const EMPTY_BODY_CLIENTS = await Promise.all(
  ['python/requests', 'shell/curl', 'php/curl'].map(async (id) => {
    const client = CLIENTS.find((c) => c.id === id)!;
    return [id, await unavailable(client)] as const;
  }),
);

describe('verify and empty bodies', () => {
  it('an empty text, an empty form and a multipart body with no parts verify', async () => {
    const spec = join(work, 'empty.yaml');
    writeFileSync(
      spec,
      ['text: { text: "" }', 'form: { form: {} }', 'multipart: { multipart: [] }']
        .map((body) => `- id: empty-${body.split(':')[0]}\n  method: POST\n  baseUrl: https://api.example.com\n  path: /e\n  body: ${body.slice(body.indexOf(':') + 2)}\n`)
        .join(''),
    );
    const report = await verify({ inputs: [spec], clients: [NODE_CLIENT], styles: ['runnable', 'reference'], cacheDir: join(work, 'cache-empty') });
    expect(report.results.map((r) => [r.style, r.endpoint, r.status, r.reason, ...r.detail].join(' ').trim())).toEqual(
      ['reference', 'runnable'].flatMap((style) => ['form', 'multipart', 'text'].map((kind) => `${style} empty-${kind} passed`)),
    );
  }, 120_000);

  /**
   * The interpreted clients whose libraries send an empty body wrongly (curl infers GET without a
   * data flag; requests, curl and libcurl send no form for a multipart body without parts). The
   * C# clients, fixed the same way, are compiled and run by `snipgen verify` over the fixtures.
   */
  const fixtures = ['body-form-empty', 'body-text-empty', 'body-multipart-empty'].map((f) => join(SHAPES, `${f}.yaml`));
  for (const [id, missing] of EMPTY_BODY_CLIENTS) {
    const client = CLIENTS.find((c) => c.id === id)!;
    it.skipIf(missing)(`${id} sends each empty body with its method and Content-Type${missing ? ` (skipped: ${missing})` : ''}`, async () => {
      const report = await verify({ inputs: fixtures, clients: [id], styles: ['runnable'], cacheDir: join(work, `cache-${client.language}`) });
      expect(report.results.map((r) => [r.endpoint, r.status, r.reason, ...r.detail].join(' ').trim())).toEqual([
        'body-form-empty passed',
        'body-multipart-empty passed',
        'body-text-empty passed',
      ]);
    }, 120_000);
  }
});

describe('verify with nothing to verify', () => {
  it('refuses inputs that hold no endpoint (a mistyped folder must fail, not pass), but not a selection that chose none', async () => {
    const empty = mkdtempSync(join(work, 'empty-'));
    await expect(verify({ inputs: [empty], clients: [NODE_CLIENT], styles: ['runnable'], cacheDir: join(work, 'cache') })).rejects.toMatchObject({
      code: 'usage',
      message: `no endpoints in ${empty}: nothing to verify`,
    });
    // With a selection, choosing nothing is an answer (--changed-since with no change), not a mistake.
    const none = await verify({ inputs: [empty], clients: [NODE_CLIENT], styles: ['runnable'], cacheDir: join(work, 'cache'), select: { sample: 1, seed: '1' } });
    expect(none.results).toEqual([]);
  });
});

describe('verify of more snippets than the process may open files', () => {
  const prlimit = ['/usr/bin/prlimit', '/bin/prlimit'].find((p) => existsSync(p));
  it.skipIf(!prlimit)(`listens on a snippet's port only while it runs${prlimit ? '' : ' (skipped: no prlimit, util-linux)'}`, async () => {
    // 150 endpoints, one client: a listening socket per planned snippet would pass the limit of 100 open files.
    const har = join(work, 'many.har');
    const entries = Array.from({ length: 150 }, (_, i) => ({
      request: { method: 'GET', url: `https://api.example.com/items/${i}`, httpVersion: 'HTTP/1.1', headers: [], queryString: [], cookies: [] },
    }));
    writeFileSync(har, JSON.stringify({ log: { version: '1.2', entries } }));
    const result = await execa(prlimit!, ['--nofile=100:100', process.execPath, join(ROOT, 'bin', 'snipgen.cjs'), 'verify', '--style', 'runnable', '-c', NODE_CLIENT, '--cache-dir', join(work, 'many-cache'), har], {
      reject: false,
      env: { NO_COLOR: '1' },
    });
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain('verify: 150 passed, 0 failed, 0 skipped');
    expect(result.exitCode).toBe(0);
  }, 120_000);
});
