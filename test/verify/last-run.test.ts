import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runVerify } from '../../src/commands/verify.js';
import { LAST_VERIFY, readVerifyRecord, verifyRecord, writeVerifyRecord } from '../../src/verify/last-run.js';
import { NO_NSURLSESSION } from '../../src/verify/runners/objc.js';
import { NO_SWIFT } from '../../src/verify/runners/swift.js';
import type { SnippetResult } from '../../src/verify/run.js';

const work = mkdtempSync(join(tmpdir(), 'snipgen-last-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const result = (client: string, status: SnippetResult['status'], reason = '', cached = false): SnippetResult => ({
  client, language: client.split('/')[0]!, style: 'runnable', endpoint: 'e', source: 'e.yaml:1:1', status, reason, detail: [], ms: 1, ...(cached ? { cached } : {}),
});

describe('the last verify record', () => {
  it('tells syntax-checked-only snippets apart from passes and from other skips', () => {
    const record = verifyRecord(
      [
        result('python/requests', 'passed', '', true),
        result('go/net-http', 'failed', 'go vet failed'),
        result('java/unirest', 'xpass', 'passes, but the ledger expects it to fail'),
        result('php/curl', 'xfail', 'a known defect'),
        result('swift/urlsession', 'skipped', NO_SWIFT),
        result('objc/nsurlsession', 'skipped', NO_NSURLSESSION),
        result('rust/reqwest', 'skipped', 'no cargo'),
      ],
      new Date('2026-12-01T10:00:00Z'),
    );
    expect(record.finishedAt).toBe('2026-12-01T10:00:00.000Z');
    expect(record.snippets.map((s) => [s.client, s.verdict, s.reason ?? null, s.remembered ?? false])).toEqual([
      ['python/requests', 'passed', null, true],
      ['go/net-http', 'failed', 'go vet failed', false],
      ['java/unirest', 'failed', 'passes, but the ledger expects it to fail', false],
      ['php/curl', 'known-defect', 'a known defect', false],
      ['swift/urlsession', 'syntax-checked', NO_SWIFT, false],
      ['objc/nsurlsession', 'syntax-checked', NO_NSURLSESSION, false],
      ['rust/reqwest', 'skipped', 'no cargo', false],
    ]);
    const file = writeVerifyRecord(join(work, 'cache'), record);
    expect(readVerifyRecord(file)).toEqual(record);
  });

  it('reads nothing where there is no record, and refuses a file that is not one', () => {
    expect(readVerifyRecord(join(work, 'absent.json'))).toBeUndefined();
    writeFileSync(join(work, 'junk.json'), '{"snippets": 1}');
    expect(() => readVerifyRecord(join(work, 'junk.json'))).toThrow(/is not a verify record/);
    writeFileSync(join(work, 'broken.json'), '{');
    expect(() => readVerifyRecord(join(work, 'broken.json'))).toThrow(/not JSON/);
  });

  it('snipgen verify writes it in its cache folder, replacing the previous run\'s', async () => {
    const spec = join(work, 'items.yaml');
    writeFileSync(spec, 'id: items\nmethod: GET\nbaseUrl: https://api.example.com\npath: /items\n');
    const cacheDir = join(work, 'verify-cache');
    const io = { out: () => {}, err: () => {} };
    // Node runs javascript/fetch wherever these tests run.
    expect(await runVerify({ inputs: [spec], clients: ['javascript/fetch'], style: 'runnable', cacheDir }, io)).toBe(0);
    const record = JSON.parse(readFileSync(join(cacheDir, LAST_VERIFY), 'utf8'));
    expect(record.snippets).toEqual([{ endpoint: 'items', client: 'javascript/fetch', style: 'runnable', verdict: 'passed' }]);
    expect(await runVerify({ inputs: [spec], clients: ['javascript/fetch'], style: 'runnable', cacheDir }, io)).toBe(0);
    expect(readVerifyRecord(join(cacheDir, LAST_VERIFY))!.snippets).toEqual([{ endpoint: 'items', client: 'javascript/fetch', style: 'runnable', verdict: 'passed', remembered: true }]);
  }, 120_000);
});
