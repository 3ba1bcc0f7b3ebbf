import type { Io } from '../cli.js';
import { CLIENTS } from '../clients/index.js';

export function runList(io: Io, format: 'text' | 'markdown' = 'text'): number {
  io.out(format === 'markdown' ? clientsMarkdown() : clientsText());
  return 0;
}

function clientsText(): string {
  const rows = CLIENTS.map((c) => [c.id, c.title, c.language, `${c.library.name} ${c.library.version}`]);
  const header = ['client', 'title', 'language', 'targets'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return [header, ...rows].map(line).join('');
}

/** The README's clients and fixes tables, generated so they cannot drift from the registry. */
export function clientsMarkdown(): string {
  const table = CLIENTS.map(
    (c) => `| \`${c.id}\` | ${c.language} | ${c.library.name} ${c.library.version} | ${c.library.install ? `\`${c.library.install}\`` : 'none'} |`,
  );
  return table.join('\n') + '\n';
}

export function fixesMarkdown(): string {
  return CLIENTS.map((c) => `- **${c.id}**: ${c.fixes}.`).join('\n') + '\n';
}
