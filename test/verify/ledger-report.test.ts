import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli.js';
import { LEDGER, type LedgerEntry } from '../../src/verify/ledger.js';
import { finalLine, junit, summaryTable } from '../../src/verify/report.js';
import { applyLedger, shard, type SnippetResult } from '../../src/verify/run.js';

const entry: LedgerEntry = {
  client: 'x/y',
  style: 'reference',
  endpoints: ['e'],
  defect: 'drops repeats',
  why: 'the page does',
  signature: /header x-trace/,
};

function result(status: SnippetResult['status'], detail: string[] = [], endpoint = 'e'): SnippetResult {
  return { client: 'x/y', language: 'x', style: 'reference', endpoint, source: 'f.yaml:1:1', status, reason: status === 'failed' ? 'differs' : '', detail, ms: 1 };
}

describe('ledger', () => {
  it('turns the known failure into an expected one', () => {
    expect(applyLedger(result('failed', ['- header x-trace: "a, b"']), [entry])).toMatchObject({ status: 'xfail', reason: 'drops repeats' });
  });

  it('fails when an entry starts passing', () => {
    expect(applyLedger(result('passed'), [entry])).toMatchObject({ status: 'xpass' });
  });

  it('does not excuse a different failure of the same snippet', () => {
    expect(applyLedger(result('failed', ['- method GET']), [entry])).toMatchObject({ status: 'failed' });
  });

  it('applies only to its client, style and endpoints', () => {
    expect(applyLedger(result('failed', ['- header x-trace: "a"'], 'other'), [entry]).status).toBe('failed');
    expect(applyLedger({ ...result('failed', ['- header x-trace: "a"']), style: 'runnable' }, [entry]).status).toBe('failed');
  });

  it('every built-in entry says what the defect is and why it is kept', () => {
    for (const e of LEDGER) {
      expect(e.style).toBe('reference');
      expect(e.defect.length).toBeGreaterThan(10);
      expect(e.why.length).toBeGreaterThan(10);
    }
  });
});

describe('report', () => {
  const results = [result('passed'), result('failed', ['- a', '+ b <&>'], 'f'), { ...result('skipped', [], 'g'), reason: 'no toolchain' }, result('xfail', [], 'h'), result('xpass', [], 'i')];

  it('ends with the exact summary line; an unexpected pass counts as a failure', () => {
    expect(finalLine(results)).toBe('verify: 1 passed, 2 failed, 1 skipped');
  });

  it('tabulates per client and style with skip reasons', () => {
    const table = summaryTable(results).join('\n');
    expect(table).toContain('| x/y    | reference |      1 |      2 |       1 |                 1 |');
    expect(table).toContain('- x/y: no toolchain (1)');
  });

  it('writes JUnit XML with failures, skips and escaped text', () => {
    const xml = junit(results, 1.5);
    expect(xml).toContain('<testsuites name="snipgen verify" tests="5" failures="2" skipped="2" time="1.5">');
    expect(xml).toContain('<failure message="differs">- a\n+ b &lt;&amp;&gt;</failure>');
    expect(xml).toContain('<skipped message="no toolchain"/>');
  });
});

describe('verify command', () => {
  it('exits 2 on a malformed --shard and on an unknown client', async () => {
    const io = { out: () => undefined, err: () => undefined };
    expect(await main(['verify', '--shard', '3/2'], io)).toBe(2);
    expect(await main(['verify', '--clients', 'nope/nope'], io)).toBe(2);
  });
});

describe('--shard parts', () => {
  const item = (key: string, cost?: number) => ({ key, client: { verify: cost === undefined ? {} : { cost } } as unknown as Planned['client'] });
  type Planned = Parameters<typeof shard>[0][number];
  // 12 cheap shell-like snippets and 4 that each cost as much as 6 of them.
  const plan = [...Array.from({ length: 12 }, (_, i) => item(`cheap-${i}`)), ...Array.from({ length: 4 }, (_, i) => item(`heavy-${i}`, 6))];

  it('together hold every snippet exactly once, in plan order', () => {
    const parts = [1, 2, 3].map((index) => shard(plan, { index, count: 3 }));
    expect(parts.flat().map((p) => p.key).sort()).toEqual(plan.map((p) => p.key).sort());
    for (const part of parts) expect(part).toEqual(plan.filter((p) => part.includes(p)));
  });

  it('are balanced by cost, not by count', () => {
    const load = (part: typeof plan) => part.reduce((sum, p) => sum + ((p.client.verify as { cost?: number }).cost ?? 1), 0);
    const loads = [1, 2].map((index) => load(shard(plan, { index, count: 2 })));
    expect(loads).toEqual([18, 18]);
  });
});
