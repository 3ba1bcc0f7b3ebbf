import { docsPage } from '../pages.js';
import type { RenderedEndpoint } from './index.js';

/**
 * Every endpoint page in one plain-text Markdown file (the llms-full.txt convention): each page's
 * front matter becomes a heading, the description and the request line, then its code samples.
 */
export function llmsFull(rendered: readonly RenderedEndpoint[]): string {
  return rendered
    .map(({ endpoint, snippets }) => {
      const head = [`# ${endpoint.title}`, ''];
      if (endpoint.description) head.push(endpoint.description, '');
      head.push(`\`${endpoint.method} ${endpoint.urlWithoutQuery}\``, '');
      // The page's front matter holds only JSON-quoted strings, so its first closing line ends it.
      return head.join('\n') + '\n' + docsPage(endpoint, snippets).replace(/^---\n[\s\S]*?\n---\n\n/, '');
    })
    .join('\n');
}
