import type { Endpoint } from '../../model.js';
import { fence, requestSection, responseSection, type RenderedSnippet } from '../pages.js';

/** A Docusaurus page: the snippets as <Tabs>, one <TabItem> per client, kept in step across pages by groupId. */
export function docusaurusPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = [...frontMatter(endpoint), "import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';", '', ...readable(endpoint, requestSection), '## SDK Code Examples', '', '<Tabs groupId="snipgen-client">'];
  snippets.forEach(({ client, code }, i) => {
    lines.push(`<TabItem ${attribute('value', client.id.replace('/', '-'))} ${attribute('label', client.title)}${i === 0 ? ' default' : ''}>`, '');
    if (endpoint.style === 'runnable') lines.push(installLine(snippets[i]!), '');
    lines.push(fence(client.fence, code), '', '</TabItem>');
  });
  lines.push('</Tabs>');
  const response = readable(endpoint, responseSection);
  if (response.length) lines.push('', ...response.slice(0, -1));
  return lines.join('\n') + '\n';
}

/** A Mintlify page: the snippets as one <CodeGroup>, each block titled with its client; install lines follow. */
export function mintlifyPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = [...frontMatter(endpoint), ...readable(endpoint, requestSection), '## SDK Code Examples', '', '<CodeGroup>', ''];
  for (const { client, code } of snippets) lines.push(fence(`${client.fence} ${client.title.replace(/\s+/g, ' ')}`, code), '');
  lines.push('</CodeGroup>');
  if (endpoint.style === 'runnable') lines.push('', ...snippets.map((s) => `- ${installLine(s)}`));
  const response = readable(endpoint, responseSection);
  if (response.length) lines.push('', ...response.slice(0, -1));
  return lines.join('\n') + '\n';
}

/** The request and response sections belong to runnable pages; reference pages keep the reference shape. */
function readable(endpoint: Endpoint, section: (endpoint: Endpoint) => string[]): string[] {
  return endpoint.style === 'runnable' ? section(endpoint) : [];
}

function frontMatter(endpoint: Endpoint): string[] {
  const lines = ['---', `title: ${JSON.stringify(endpoint.title)}`];
  if (endpoint.description) lines.push(`description: ${JSON.stringify(endpoint.description)}`);
  lines.push('---', '');
  return lines;
}

function installLine({ client }: RenderedSnippet): string {
  const install = client.library.install ? `: \`${client.library.install.replace(/`/g, '')}\`` : ' (no package to install)';
  return `**${prose(client.title)}** with ${prose(client.library.name)} ${prose(client.library.version)}${install}`;
}

/** MDX reads `{`, `<` and friends in prose as JSX; a backslash keeps them text. */
function prose(text: string): string {
  return text.replace(/[\\{}<>*_`[\]]/g, (c) => `\\${c}`);
}

/** A JSX attribute: a plain string when it can be one, else a JavaScript string expression. */
function attribute(name: string, value: string): string {
  return /["{}\\]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}
