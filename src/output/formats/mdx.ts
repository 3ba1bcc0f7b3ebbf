import type { Endpoint } from '../../model.js';
import { fence, installLine, requestSection, responseSection, type RenderedSnippet } from '../pages.js';

/** A Docusaurus page: the snippets as <Tabs>, one <TabItem> per client, kept in step across pages by groupId. */
export function docusaurusPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = [...frontMatter(endpoint), ...DOCUSAURUS_IMPORTS, '', ...readable(endpoint, requestSection), '## SDK Code Examples', '', ...docusaurusTabs(endpoint, snippets)];
  const response = readable(endpoint, responseSection);
  if (response.length) lines.push('', ...response.slice(0, -1));
  return lines.join('\n') + '\n';
}

/** What a Docusaurus MDX page imports to show <Tabs>. */
export const DOCUSAURUS_IMPORTS = ["import Tabs from '@theme/Tabs';", "import TabItem from '@theme/TabItem';"];

/** The snippets as Docusaurus <Tabs>: one <TabItem> per client, with its install line on runnable pages. */
export function docusaurusTabs(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string[] {
  const lines = ['<Tabs groupId="snipgen-client">'];
  snippets.forEach(({ client, code }, i) => {
    lines.push(`<TabItem ${attribute('value', client.id.replace('/', '-'))} ${attribute('label', client.title)}${i === 0 ? ' default' : ''}>`, '');
    if (endpoint.style === 'runnable') lines.push(installLine(client, mdxProse), '');
    lines.push(fence(client.fence, code), '', '</TabItem>');
  });
  lines.push('</Tabs>');
  return lines;
}

/** A Mintlify page: the snippets as one <CodeGroup>, each block titled with its client; install lines follow. */
export function mintlifyPage(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string {
  const lines = [...frontMatter(endpoint), ...readable(endpoint, requestSection), '## SDK Code Examples', '', ...mintlifyCodeGroup(endpoint, snippets)];
  const response = readable(endpoint, responseSection);
  if (response.length) lines.push('', ...response.slice(0, -1));
  return lines.join('\n') + '\n';
}

/** The snippets as one Mintlify <CodeGroup>, each block titled with its client; on runnable pages the install lines follow. */
export function mintlifyCodeGroup(endpoint: Endpoint, snippets: readonly RenderedSnippet[]): string[] {
  const lines = ['<CodeGroup>', ''];
  for (const { client, code } of snippets) lines.push(fence(`${client.fence} ${client.title.replace(/\s+/g, ' ')}`, code), '');
  lines.push('</CodeGroup>');
  if (endpoint.style === 'runnable') lines.push('', ...snippets.map((s) => `- ${installLine(s.client, mdxProse)}`));
  return lines;
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

/** MDX reads `{`, `<` and friends in prose as JSX; a backslash keeps them text. */
export function mdxProse(text: string): string {
  return text.replace(/[\\{}<>*_`[\]]/g, (c) => `\\${c}`);
}

/** A JSX attribute: a plain string when it can be one, else a JavaScript string expression. */
function attribute(name: string, value: string): string {
  return /["{}\\]/.test(value) ? `${name}={${JSON.stringify(value)}}` : `${name}="${value}"`;
}
