import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import { verify, type SnippetResult } from '../../src/verify/run.js';
import { RUNNERS } from '../../src/verify/runners/index.js';
import { SHAPES } from '../support.js';

/**
 * Every client through its real toolchain on one fixture, both styles, in a single verify run
 * (one batch compile per language). A missing toolchain skips that client's test, naming why.
 */
const missing = new Map<string, string | null>();
for (const client of CLIENTS) missing.set(client.id, (await RUNNERS[client.language]?.unavailable(client)) ?? null);

const cache = mkdtempSync(join(tmpdir(), 'snipgen-toolchains-'));
let results: SnippetResult[] = [];
beforeAll(async () => {
  const available = CLIENTS.filter((c) => !missing.get(c.id)).map((c) => c.id);
  if (available.length === 0) return;
  results = (await verify({ inputs: [join(SHAPES, 'method-post.yaml')], clients: available, styles: ['runnable', 'reference'], cacheDir: cache })).results;
}, 900_000);
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('verify with each real toolchain (method-post, both styles)', () => {
  for (const client of CLIENTS) {
    const reason = missing.get(client.id);
    it.skipIf(reason)(`${client.id}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      const mine = results.filter((r) => r.client === client.id);
      expect(mine.map((r) => r.style).sort()).toEqual(['reference', 'runnable']);
      const bad = mine.filter((r) => r.status === 'failed' || r.status === 'xpass').map((r) => [`${r.style}: ${r.reason}`, ...r.detail].join('\n'));
      expect(bad).toEqual([]);
      expect(mine.find((r) => r.style === 'runnable')?.status).toBe('passed');
    });
  }
});
