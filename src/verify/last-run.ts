import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SnipgenError } from '../errors.js';
import { writeFileAtomically } from '../files.js';
import type { Style } from '../model.js';
import { NO_NSURLSESSION } from './runners/objc.js';
import { NO_SWIFT } from './runners/swift.js';
import type { SnippetResult } from './run.js';

/** The file in verify's cache folder that holds the last run's verdicts (`snipgen preview` reads it). */
export const LAST_VERIFY = 'last-verify.json';

/**
 * A snippet's last verdict as a reader shows it: `syntax-checked` is a skip whose reason says the
 * snippet was only checked, never run (objc; Swift without a toolchain), so it is not mistaken for
 * a pass; `known-defect` is a failure the ledger expects.
 */
export type Verdict = 'passed' | 'failed' | 'skipped' | 'syntax-checked' | 'known-defect';

export interface VerdictEntry {
  endpoint: string;
  client: string;
  style: Style;
  verdict: Verdict;
  /** Why it failed or was skipped, or the ledger's defect; absent for a pass. */
  reason?: string;
  /** Passed in an earlier run with the same snippet, request and toolchain, and not run again. */
  remembered?: boolean;
}

export interface VerifyRecord {
  generator: 'snipgen verify';
  /** When the run finished, ISO 8601. */
  finishedAt: string;
  /** The machine it ran on; the skip reasons name each missing toolchain. */
  host: string;
  snippets: VerdictEntry[];
}

/** The skip reasons of clients that verify can only syntax-check here. */
const SYNTAX_ONLY = new Set([NO_SWIFT, NO_NSURLSESSION]);

export function verdictOf(r: Pick<SnippetResult, 'status' | 'reason'>): Verdict {
  if (r.status === 'passed') return 'passed';
  if (r.status === 'xfail') return 'known-defect';
  if (r.status === 'skipped') return SYNTAX_ONLY.has(r.reason) ? 'syntax-checked' : 'skipped';
  return 'failed';
}

export function verifyRecord(results: readonly SnippetResult[], finished: Date): VerifyRecord {
  const snippets = results.map((r): VerdictEntry => {
    const verdict = verdictOf(r);
    return { endpoint: r.endpoint, client: r.client, style: r.style, verdict, ...(verdict === 'passed' ? {} : { reason: r.reason }), ...(r.cached ? { remembered: true } : {}) };
  });
  return { generator: 'snipgen verify', finishedAt: finished.toISOString(), host: `node ${process.version}, ${process.platform} ${process.arch}`, snippets };
}

/**
 * Replaces the record in `cacheDir` (a temporary file, then a rename: a reader never sees half of
 * one). Each run replaces it whole, so it never mixes verdicts of two runs: after `--only` or a
 * shard it holds only what that run verified.
 */
export function writeVerifyRecord(cacheDir: string, record: VerifyRecord): string {
  const file = join(cacheDir, LAST_VERIFY);
  writeFileAtomically(file, JSON.stringify(record, null, 2) + '\n');
  return file;
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['passed', 'failed', 'skipped', 'syntax-checked', 'known-defect']);

/** The record at `file`; undefined when there is none; SnipgenError('input') when it is not one. */
export function readVerifyRecord(file: string): VerifyRecord | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SnipgenError(`cannot read the verify record ${file}: ${(e as Error).message}`, 'input');
  }
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (e) {
    throw new SnipgenError(`${file} is not a verify record (not JSON: ${(e as Error).message}); run \`snipgen verify\` again`, 'input');
  }
  const r = record as Partial<VerifyRecord> | null;
  const valid =
    r?.generator === 'snipgen verify' &&
    typeof r.finishedAt === 'string' &&
    Array.isArray(r.snippets) &&
    r.snippets.every((s) => s && typeof s.endpoint === 'string' && typeof s.client === 'string' && typeof s.style === 'string' && VERDICTS.has(s.verdict));
  if (!valid) throw new SnipgenError(`${file} is not a verify record written by \`snipgen verify\``, 'input');
  return { host: '', ...r } as VerifyRecord;
}

/** A lookup of a record's verdicts by style, endpoint and client. */
export function verdictLookup(record: VerifyRecord | undefined): (style: Style, endpoint: string, client: string) => VerdictEntry | undefined {
  const byKey = new Map((record?.snippets ?? []).map((s) => [`${s.style}\0${s.endpoint}\0${s.client}`, s]));
  return (style, endpoint, client) => byKey.get(`${style}\0${endpoint}\0${client}`);
}
