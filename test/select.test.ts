import { describe, expect, it } from 'vitest';
import { chooseIds, parseSelection } from '../src/select.js';
import { runCli } from './cli-support.js';

const IDS = Array.from({ length: 50 }, (_, i) => `op-${String(i).padStart(2, '0')}`);

describe('--only and --sample/--seed', () => {
  it('only keeps the ids any id or glob matches; a pattern matching nothing is a usage error', () => {
    expect([...chooseIds(IDS, { only: ['op-0?', 'op-42'] })]).toEqual(['op-00', 'op-01', 'op-02', 'op-03', 'op-04', 'op-05', 'op-06', 'op-07', 'op-08', 'op-09', 'op-42']);
    expect(() => chooseIds(IDS, { only: ['op-9*'] })).toThrow('--only op-9*: no endpoint id matches');
  });

  it('sample keeps N, the same for the same seed, others for another, in input order; adding ids does not move the rest', () => {
    const a = [...chooseIds(IDS, { sample: 10, seed: '1' })];
    expect(a).toHaveLength(10);
    expect([...chooseIds(IDS, { sample: 10, seed: '1' })]).toEqual(a);
    expect([...chooseIds(IDS, { sample: 10, seed: '2' })]).not.toEqual(a);
    expect(a).toEqual([...a].sort());
    const more = [...chooseIds([...IDS, ...Array.from({ length: 50 }, (_, i) => `new-${i}`)], { sample: 10, seed: '1' })];
    expect(more.filter((id) => id.startsWith('op-')).every((id) => a.includes(id))).toBe(true);
  });

  it('flags: --seed needs --sample; --sample is a positive whole number', () => {
    expect(parseSelection({})).toBeUndefined();
    expect(parseSelection({ sample: '3' })).toEqual({ sample: 3, seed: '1' });
    expect(() => parseSelection({ seed: '2' })).toThrow('--seed chooses the endpoints of --sample N');
    expect(() => parseSelection({ sample: '0' })).toThrow('--sample 0: expected a positive whole number');
  });

  it('gen --only writes only those endpoints', async () => {
    const { mkdtempSync, readFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-select-')), 'out');
    const result = await runCli(['gen', '--out', out, '--clients', 'shell/curl', '--only', 'method-*', 'test/fixtures/shapes']);
    expect(result.exitCode, result.stderr).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { snippets: Array<{ endpoint: string }> };
    expect(manifest.snippets.length).toBeGreaterThan(0);
    expect(manifest.snippets.every((s) => s.endpoint.startsWith('method-'))).toBe(true);
  });
});
