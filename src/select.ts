import { createHash } from 'node:crypto';
import { SnipgenError } from './errors.js';

/** A part of the endpoints, for checking part of a large API: `--only` and `--sample N --seed S` of gen and verify. */
export interface Selection {
  /** Endpoint ids or globs (`*`, `?`): an endpoint is kept when any matches. */
  only?: readonly string[];
  /** Keep this many of the endpoints `only` left, chosen by `seed`. */
  sample?: number;
  seed?: string;
  /** A git revision: only the endpoints whose input changed since then (everything when a template, client or config changed). */
  changedSince?: string;
}

export const DEFAULT_SEED = '1';

/** The selection the flags ask for, or undefined when they ask for none; a bad value is a usage error. */
export function parseSelection(flags: { only?: readonly string[]; sample?: string; seed?: string; changedSince?: string }): Selection | undefined {
  const { only, sample, seed, changedSince } = flags;
  if (changedSince !== undefined && !changedSince.trim()) throw new SnipgenError('--changed-since needs a git revision (a branch, tag or commit)', 'usage');
  if (seed !== undefined && sample === undefined) throw new SnipgenError('--seed chooses the endpoints of --sample N: give --sample too', 'usage');
  let count: number | undefined;
  if (sample !== undefined) {
    count = Number(sample);
    if (!/^\d+$/.test(sample.trim()) || count < 1) throw new SnipgenError(`--sample ${sample}: expected a positive whole number`, 'usage');
  }
  if (!only?.length && count === undefined && changedSince === undefined) return undefined;
  return {
    ...(only?.length ? { only } : {}),
    ...(count !== undefined ? { sample: count, seed: seed ?? DEFAULT_SEED } : {}),
    ...(changedSince !== undefined ? { changedSince } : {}),
  };
}

/**
 * The ids a selection keeps. `only` keeps the ids any of its patterns match (a pattern that
 * matches none is a usage error: a typo would otherwise check nothing). `sample` then keeps that
 * many, the same ones for the same seed on every machine: each id is ranked by a hash of seed
 * and id, so adding or removing other endpoints does not change whether one is chosen, except
 * at the margin of N.
 */
export function chooseIds(ids: readonly string[], selection: Selection): Set<string> {
  let kept = [...ids];
  if (selection.only?.length) {
    const patterns = selection.only.map((p) => ({ text: p, regex: globRegex(p) }));
    const unmatched = patterns.filter((p) => !ids.some((id) => p.regex.test(id)));
    if (unmatched.length) {
      throw new SnipgenError(`--only ${unmatched.map((p) => p.text).join(', ')}: no endpoint id matches (ids are shown in the manifest and in snipgen gen's output folder)`, 'usage');
    }
    kept = kept.filter((id) => patterns.some((p) => p.regex.test(id)));
  }
  if (selection.sample !== undefined && selection.sample < kept.length) {
    const seed = selection.seed ?? DEFAULT_SEED;
    const rank = (id: string) => createHash('sha256').update(`${seed}\0${id}`).digest('hex');
    const chosen = new Set(
      kept
        .map((id) => ({ id, rank: rank(id) }))
        .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
        .slice(0, selection.sample)
        .map((r) => r.id),
    );
    kept = kept.filter((id) => chosen.has(id));
  }
  return new Set(kept);
}

/** `source` with only the endpoints the selection keeps (all of them when there is no selection), in their order. */
export function selectEndpoints<T extends Iterable<{ endpoint: { id: string } }> & { count: number }>(source: T, selection: Selection | undefined): T {
  if (!selection) return source;
  const chosen = chooseIds(
    [...source].map(({ endpoint }) => endpoint.id),
    selection,
  );
  return {
    ...source,
    count: chosen.size,
    *[Symbol.iterator]() {
      for (const item of source) if (chosen.has(item.endpoint.id)) yield item;
    },
  };
}

function globRegex(pattern: string): RegExp {
  const body = [...pattern].map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&'))).join('');
  return new RegExp(`^${body}$`);
}
