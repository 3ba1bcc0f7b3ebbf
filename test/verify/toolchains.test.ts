import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import { NO_NSURLSESSION } from '../../src/verify/runners/objc.js';
import { unavailable, verify, type SnippetResult } from '../../src/verify/run.js';
import { SHAPES, UNSUPPORTED_GOLDEN, goldenPath, houseIndent } from '../support.js';

/** A JSON body, and a body read from a file (a block under Python's `with`). */
const FIXTURES = ['method-post', 'body-binary'];

/**
 * Every client through its real toolchain, both styles, in a single verify run (one batch compile
 * per language). The runnable style is rendered in a house style (an indent other than the
 * client's own, and a timeout): `snipgen verify` in CI covers the built-in style on every
 * fixture. A missing toolchain skips that client's test, naming why.
 */
const missing = new Map<string, string | null>();
for (const client of CLIENTS) missing.set(client.id, await unavailable(client));

const cache = mkdtempSync(join(tmpdir(), 'snipgen-toolchains-'));
let results: SnippetResult[] = [];
beforeAll(async () => {
  const available = CLIENTS.filter((c) => !missing.get(c.id)).map((c) => c.id);
  if (available.length === 0) return;
  const houseStyle = Object.fromEntries(CLIENTS.map((c) => [c.id, { indent: houseIndent(c), timeout: 30 }]));
  const inputs = FIXTURES.map((f) => join(SHAPES, `${f}.yaml`));
  results = (await verify({ inputs, clients: available, styles: ['runnable', 'reference'], cacheDir: cache, noCache: true, clientOptions: houseStyle })).results;
}, 900_000);
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe(`verify with each real toolchain (${FIXTURES.join(', ')}; both styles, the runnable one in a house style)`, () => {
  for (const client of CLIENTS) {
    const reason = missing.get(client.id);
    it.skipIf(reason)(`${client.id}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      const mine = results.filter((r) => r.client === client.id);
      // A runnable-only client's reference style is the same program: verified once, as runnable.
      const styles = client.hasReference ? ['reference', 'runnable'] : ['runnable'];
      expect(mine.map((r) => r.style).sort()).toEqual(FIXTURES.flatMap(() => styles).sort());
      const bad = mine.filter((r) => r.status === 'failed' || r.status === 'xpass').map((r) => [`${r.style}: ${r.reason}`, ...r.detail].join('\n'));
      expect(bad).toEqual([]);
      // objc/nsurlsession cannot run here: its snippets pass clang's syntax check and are then skipped, saying so.
      // A fixture the client refuses by name (its runnable golden records the refusal) is skipped, never sent.
      const outcome = (r: SnippetResult) => (r.status === 'skipped' && r.reason === NO_NSURLSESSION ? 'syntax-checked' : r.status);
      const refused = (f: string) => readFileSync(goldenPath(client, 'runnable', f), 'utf8').startsWith(UNSUPPORTED_GOLDEN);
      const expected = (f: string) => (client.id === 'objc/nsurlsession' ? 'syntax-checked' : refused(f) ? 'skipped' : 'passed');
      expect(mine.filter((r) => r.style === 'runnable').map(outcome)).toEqual([...FIXTURES].sort().map(expected));
    });
  }
});
