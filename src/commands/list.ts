import type { Io } from '../cli.js';
import { CLIENTS } from '../clients/index.js';

export function runList(io: Io): number {
  const rows = CLIENTS.map((c) => [c.id, c.title, c.language, `${c.library.name} ${c.library.version}`]);
  const header = ['client', 'title', 'language', 'targets'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  io.out(line(header));
  for (const row of rows) io.out(line(row));
  return 0;
}
