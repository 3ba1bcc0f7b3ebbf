// What the bench scripts share besides their inputs (fixtures.mjs): options, medians, the CPU
// time of finished child processes, and Markdown tables on stdout.
import { readFileSync } from 'node:fs';

/** `--name value` pairs; anything else is refused. */
export function parseArgs(list) {
  const parsed = {};
  for (let i = 0; i < list.length; i++) {
    if (!list[i].startsWith('--') || i + 1 >= list.length) throw new Error(`unexpected argument ${list[i]}`);
    parsed[list[i].slice(2)] = list[++i];
  }
  return parsed;
}

export function median(values) {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** CPU milliseconds used by this process's finished (waited-for) children and theirs: Linux /proc cutime + cstime. */
export function childCpuMs() {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) * 10;
}

/** A Markdown table, columns padded to their widest cell. */
export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  log([line(header), '|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|', ...rows.map(line)].join('\n'));
}

/** Milliseconds as seconds with one decimal. */
export function sec(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function log(text) {
  process.stdout.write(text + '\n');
}
