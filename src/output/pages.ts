import type { ClientDescriptor } from '../clients/types.js';
import type { Endpoint } from '../model.js';

export interface RenderedSnippet {
  client: ClientDescriptor;
  code: string;
}

/**
 * The per-endpoint docs page in the reference page's shape: front matter, `## SDK Code Examples`,
 * then one fenced block per client. The runnable style adds each client's install line.
 */
export function docsPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = ['---', `title: ${JSON.stringify(endpoint.title)}`];
  if (endpoint.description) lines.push(`description: ${JSON.stringify(endpoint.description)}`);
  lines.push('---', '', '## SDK Code Examples', '');
  for (const { client, code } of snippets) {
    if (endpoint.style === 'runnable') {
      const install = client.library.install ? `: \`${client.library.install}\`` : ' (no package to install)';
      lines.push(`**${client.title}** with ${client.library.name} ${client.library.version}${install}`, '');
    }
    lines.push(fence(client.fence, code));
    if (endpoint.style === 'runnable') lines.push('');
  }
  return lines.join('\n').replace(/\n*$/, '\n');
}

/** A fenced block long enough that no backtick run inside the code can close it. */
export function fence(tag: string, code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${tag}\n${code.replace(/\n$/, '')}\n${ticks}`;
}
