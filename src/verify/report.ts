import type { SnippetResult, Status } from './run.js';

export interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  xfail: number;
}

/** Unexpected passes count as failures: a stale ledger entry fails the run like a new failure. */
export function totals(results: readonly SnippetResult[]): Totals {
  const count = (...s: Status[]) => results.filter((r) => s.includes(r.status)).length;
  return { passed: count('passed'), failed: count('failed', 'xpass'), skipped: count('skipped'), xfail: count('xfail') };
}

export function finalLine(results: readonly SnippetResult[]): string {
  const t = totals(results);
  const cached = results.filter((r) => r.cached && r.status === 'passed').length;
  return `verify: ${t.passed} passed${cached ? ` (${cached} remembered from an earlier run; --no-cache runs them)` : ''}, ${t.failed} failed, ${t.skipped} skipped`;
}

/** One row per client and style, then the distinct skip reasons. */
export function summaryTable(results: readonly SnippetResult[]): string[] {
  const rows = new Map<string, SnippetResult[]>();
  for (const r of results) {
    const key = `${r.client} ${r.style}`;
    rows.set(key, [...(rows.get(key) ?? []), r]);
  }
  const header = ['client', 'style', 'passed', 'failed', 'skipped', 'expected failures'];
  const body = [...rows.values()].map((list) => {
    const t = totals(list);
    return [list[0]!.client, list[0]!.style, String(t.passed), String(t.failed), String(t.skipped), String(t.xfail)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const lines = [line(header), `|${widths.map((w, i) => (i < 2 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...body.map(line)];
  const reasons = new Map<string, number>();
  for (const r of results) if (r.status === 'skipped') reasons.set(`${r.client}: ${r.reason}`, (reasons.get(`${r.client}: ${r.reason}`) ?? 0) + 1);
  if (reasons.size) {
    lines.push('', 'Skipped:');
    for (const [reason, n] of reasons) lines.push(`- ${reason} (${n})`);
  }
  const xfails = new Map<string, number>();
  for (const r of results) if (r.status === 'xfail') xfails.set(`${r.client} ${r.style}: ${r.reason}`, (xfails.get(`${r.client} ${r.style}: ${r.reason}`) ?? 0) + 1);
  if (xfails.size) {
    lines.push('', 'Expected failures (src/verify/ledger.ts):');
    for (const [reason, n] of xfails) lines.push(`- ${reason} (${n})`);
  }
  return lines;
}

/** A failure as printed: who, where, why, then the diff or output indented. */
export function failureBlock(r: SnippetResult): string[] {
  return [`${r.status === 'xpass' ? 'UNEXPECTED PASS' : 'FAIL'} ${r.client} (${r.style}) ${r.endpoint} [${r.source}]: ${r.reason}`, ...r.detail.map((l) => `    ${l}`)];
}

/** JUnit XML: one suite per client and style; ledger entries appear as skipped with their defect. */
export function junit(results: readonly SnippetResult[], seconds: number): string {
  const suites = new Map<string, SnippetResult[]>();
  for (const r of results) suites.set(`${r.client} (${r.style})`, [...(suites.get(`${r.client} (${r.style})`) ?? []), r]);
  const t = totals(results);
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="snipgen verify" tests="${results.length}" failures="${t.failed}" skipped="${t.skipped + t.xfail}" time="${seconds.toFixed(1)}">`,
  ];
  for (const [name, list] of suites) {
    const s = totals(list);
    out.push(`  <testsuite name="${xml(name)}" tests="${list.length}" failures="${s.failed}" skipped="${s.skipped + s.xfail}">`);
    for (const r of list) {
      const open = `    <testcase classname="${xml(name)}" name="${xml(r.endpoint)}" file="${xml(r.source)}" time="${(r.ms / 1000).toFixed(3)}"`;
      if (r.status === 'passed') out.push(r.cached ? `${open}>\n      <system-out>passed in an earlier run with the same snippet, request and toolchain</system-out>\n    </testcase>` : `${open}/>`);
      else if (r.status === 'failed' || r.status === 'xpass') {
        out.push(`${open}>`, `      <failure message="${xml(r.reason)}">${xml(r.detail.join('\n'))}</failure>`, '    </testcase>');
      } else {
        const message = r.status === 'xfail' ? `expected failure: ${r.reason}` : r.reason;
        out.push(`${open}>`, `      <skipped message="${xml(message)}"/>`, '    </testcase>');
      }
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
}

function xml(text: string): string {
  // XML 1.0 cannot carry most control characters even escaped; they are shown as \uXXXX.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
