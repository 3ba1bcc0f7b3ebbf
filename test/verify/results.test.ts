import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import { ResultCache } from '../../src/verify/results.js';
import { unavailable, verify } from '../../src/verify/run.js';
import type { Snippet } from '../../src/verify/runners/types.js';
import { fixtureEndpoint, ROOT } from '../support.js';

const work = mkdtempSync(join(tmpdir(), 'snipgen-results-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Node runs javascript/fetch wherever these tests run, so nothing here is skipped. */
const CLIENT = 'javascript/fetch';

const spec = (name: string, value: string) => {
  const file = join(work, `${name}.yaml`);
  writeFileSync(file, `id: ${name}\nmethod: POST\nbaseUrl: https://api.example.com\npath: /items\nbody:\n  json: { name: ${JSON.stringify(value)} }\n`);
  return file;
};

const once = async (inputs: string[], extra: { noCache?: boolean; templates?: string } = {}) =>
  (await verify({ inputs, clients: [CLIENT], styles: ['runnable'], cacheDir: join(work, 'cache'), ...extra })).results.map((r) => [r.endpoint, r.status, r.cached ?? false]);

describe('remembered passes', () => {
  it('a pass is remembered; the same snippet with the same request is not run again, unless --no-cache', async () => {
    const file = spec('same', 'a');
    expect(await once([file])).toEqual([['same', 'passed', false]]);
    expect(await once([file])).toEqual([['same', 'passed', true]]);
    expect(await once([file], { noCache: true })).toEqual([['same', 'passed', false]]);
  }, 120_000);

  it('a remembered snippet gets no work folder (a large API has tens of thousands)', async () => {
    const file = spec('folder', 'f');
    await once([file]);
    const report = await verify({ inputs: [file], clients: [CLIENT], styles: ['runnable'], cacheDir: join(work, 'cache'), keep: true });
    expect(report.results.map((r) => r.cached)).toEqual([true]);
    expect(existsSync(join(report.workDir!, 'javascript'))).toBe(false);
    rmSync(report.workDir!, { recursive: true, force: true });
  }, 120_000);

  it('a changed request or a changed template runs again', async () => {
    const file = spec('changes', 'b');
    expect(await once([file])).toEqual([['changes', 'passed', false]]);
    spec('changes', 'c');
    expect(await once([file])).toEqual([['changes', 'passed', false]]);
    const templates = join(work, 'templates');
    mkdirSync(join(templates, 'javascript', 'fetch'), { recursive: true });
    const builtin = readFileSync(join(ROOT, 'clients', 'javascript', 'fetch', 'runnable.hbs'), 'utf8');
    writeFileSync(join(templates, 'javascript', 'fetch', 'runnable.hbs'), `// House style.\n${builtin}`);
    expect(await once([file], { templates })).toEqual([['changes', 'passed', false]]);
    expect(await once([file], { templates })).toEqual([['changes', 'passed', true]]);
  }, 120_000);

  it('a failure is never remembered', async () => {
    const file = spec('fails', 'd');
    const templates = join(work, 'broken');
    mkdirSync(join(templates, 'javascript', 'fetch'), { recursive: true });
    const builtin = readFileSync(join(ROOT, 'clients', 'javascript', 'fetch', 'runnable.hbs'), 'utf8');
    // Sends the request to another path: it runs, and the comparison fails it.
    writeFileSync(join(templates, 'javascript', 'fetch', 'runnable.hbs'), builtin.replaceAll('{{str urlWithoutQuery}}', '{{str urlWithoutQuery}} + "/elsewhere"'));
    expect(builtin).toContain('{{str urlWithoutQuery}}');
    expect(await once([file], { templates })).toEqual([['fails', 'failed', false]]);
    expect(await once([file], { templates })).toEqual([['fails', 'failed', false]]);
  }, 120_000);
});

describe('every client can have its passes remembered', () => {
  it('each client whose toolchain is here has a key, which names its toolchain (a client without one ran every snippet every time)', async () => {
    const passes = new ResultCache(join(work, 'keys'), (client) => unavailable(client));
    const endpoint = fixtureEndpoint('headers', 'runnable');
    const checked: string[] = [];
    for (const client of CLIENTS) {
      if (await unavailable(client)) continue;
      const key = await passes.key({ client, style: 'runnable', endpoint, code: 'x', dir: work, env: {} });
      expect(key, client.id).toMatch(/^[0-9a-f]{64}$/);
      checked.push(client.id);
    }
    // javascript/fetch runs wherever these tests do; the rest where their toolchains are.
    expect(checked).toContain(CLIENT);
  }, 120_000);
});
