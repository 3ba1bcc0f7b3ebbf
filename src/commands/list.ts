import type { Io } from '../exit.js';
import { CLIENTS, availableClients, type ClientDescriptor } from '../clients/index.js';

/** `snipgen list`: the built-in clients and those added in the templates folder. */
export function runList(io: Io, markdown: boolean, templates?: string): number {
  const clients = availableClients(templates);
  io.out(markdown ? clientsMarkdown(clients) : clientsText(clients));
  return 0;
}

function clientsText(clients: readonly ClientDescriptor[]): string {
  const rows = clients.map((c) => [c.id, c.title, c.language, `${c.library.name} ${c.library.version}`]);
  const header = ['client', 'title', 'language', 'targets'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return [header, ...rows].map(line).join('');
}

/** The README's clients and fixes tables, generated so they cannot drift from the registry. */
export function clientsMarkdown(clients: readonly ClientDescriptor[] = CLIENTS): string {
  const table = clients.map(
    (c) => `| \`${c.id}\` | ${c.language} | ${c.library.name} ${c.library.version} | ${c.library.install ? `\`${c.library.install}\`` : 'none'} |`,
  );
  return table.join('\n') + '\n';
}

export function fixesMarkdown(): string {
  return CLIENTS.map((c) => `- **${c.id}**: ${c.fixes}.`).join('\n') + '\n';
}
