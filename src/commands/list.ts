import { CLIENTS, availableClients, type ClientDescriptor } from '../clients/index.js';
import type { Io } from '../exit.js';
import { SHAPES } from '../shapes.js';

/** `snipgen list`: the built-in clients and those added in the templates folder (or, with --shapes, the shapes a client can refuse). */
export function runList(io: Io, how: { markdown?: boolean; shapes?: boolean }, templates?: string): number {
  if (how.shapes) {
    io.out(table(['shape', 'what it is'], Object.entries(SHAPES).map(([name, shape]) => [name, shape.description])));
    return 0;
  }
  const clients = availableClients(templates);
  io.out(how.markdown ? clientsMarkdown(clients) : clientsText(clients));
  return 0;
}

function clientsText(clients: readonly ClientDescriptor[]): string {
  return table(
    ['client', 'title', 'targets', 'styles'],
    clients.map((c) => [c.id, c.title, `${c.library.name} ${c.library.version}`, c.hasReference ? 'runnable, reference' : 'runnable only (reference renders it too)']),
  );
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd() + '\n';
  return [header, ...rows].map(line).join('');
}

/**
 * The README's clients table, generated so it cannot drift from the registry: grouped by
 * language (in the order languages first come on docs pages), with the version verified and
 * what each client refuses.
 */
export function clientsMarkdown(clients: readonly ClientDescriptor[] = CLIENTS): string {
  const languages = [...new Set(clients.map((c) => c.language))];
  const rows = languages.flatMap((language) =>
    clients
      .filter((c) => c.language === language)
      .map((c) => {
        const install = c.library.install ? `\`${c.library.install}\`` : 'none';
        const refuses = c.refuses.map((r) => SHAPES[r.shape]?.description ?? r.shape).join('; ') || '—';
        const styles = c.hasReference ? '' : ' (runnable only)';
        return `| ${language} | \`${c.id}\`${styles} | ${c.library.name} ${c.library.version} | ${install} | ${refuses} |`;
      }),
  );
  return ['| language | client | verified with | install | refuses |', '|---|---|---|---|---|', ...rows].join('\n') + '\n';
}

export function fixesMarkdown(): string {
  return CLIENTS.map((c) => `- **${c.id}**: ${c.fixes}.`).join('\n') + '\n';
}
