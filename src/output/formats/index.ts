import { SnipgenError } from '../../errors.js';
import type { EntryOrigin } from '../../input/index.js';
import type { Endpoint } from '../../model.js';
import { closest } from '../../spec/suggest.js';
import type { RenderedSnippet } from '../pages.js';
import { docsPage } from '../pages.js';
import { llmsFull } from './llms.js';
import { docusaurusPage, mintlifyPage } from './mdx.js';
import { openApiWithSamples } from './openapi.js';
import { openApiOfSpecs } from './openapi-from-specs.js';
import { snippetsJson } from './snippets-json.js';

/** The output formats, besides the snippet files and manifest that every run writes. */
export const FORMATS = ['markdown', 'mdx-docusaurus', 'mdx-mintlify', 'snippets-json', 'openapi', 'llms-full'] as const;
export type Format = (typeof FORMATS)[number];
export const DEFAULT_FORMATS: readonly Format[] = ['markdown'];
/** The formats that write one page per endpoint from that endpoint's snippets alone; the others need every endpoint. */
export const PAGE_FORMATS: readonly Format[] = ['markdown', 'mdx-docusaurus', 'mdx-mintlify'];

/** Checks format names (from --format or the config), in the order given, without repeats. */
export function parseFormats(names: readonly string[]): Format[] {
  return [
    ...new Set(
      names.map((name) => {
        if ((FORMATS as readonly string[]).includes(name)) return name as Format;
        const guess = closest(name, FORMATS);
        throw new SnipgenError(`unknown format "${name}"${guess ? ` (did you mean "${guess}"?)` : ''} (known: ${FORMATS.join(', ')})`, 'usage');
      }),
    ),
  ];
}

export interface RenderedEndpoint {
  endpoint: Endpoint;
  snippets: RenderedSnippet[];
  origin?: EntryOrigin;
}

export interface FormatFiles {
  /** Per-endpoint pages; each one's content is made when it is read (OutputFile says why). */
  pages: Array<{ endpoint: string; format: Format; file: string; readonly content: string }>;
  /** Files that cover every endpoint. */
  outputs: Array<{ format: Format; file: string; content: string }>;
}

/** Every file the chosen formats produce for the rendered endpoints, in a stable order. */
export function planFormats(rendered: readonly RenderedEndpoint[], formats: readonly Format[], warnings: SnipgenError[]): FormatFiles {
  const result: FormatFiles = { pages: [], outputs: [] };
  const page = (endpoint: Endpoint, format: Format, file: string, write: () => string) =>
    result.pages.push({
      endpoint: endpoint.id,
      format,
      file,
      get content() {
        return write();
      },
    });
  for (const { endpoint, snippets } of rendered) {
    if (formats.includes('markdown')) page(endpoint, 'markdown', `${endpoint.id}.md`, () => docsPage(endpoint, snippets));
    if (formats.includes('mdx-docusaurus')) page(endpoint, 'mdx-docusaurus', `docusaurus/${endpoint.id}.mdx`, () => docusaurusPage(endpoint, snippets));
    if (formats.includes('mdx-mintlify')) page(endpoint, 'mdx-mintlify', `mintlify/${endpoint.id}.mdx`, () => mintlifyPage(endpoint, snippets));
  }
  if (formats.includes('snippets-json')) result.outputs.push({ format: 'snippets-json', file: 'snippets.json', content: snippetsJson(rendered) });
  if (formats.includes('openapi')) {
    const documents = openApiWithSamples(rendered, warnings);
    const ofSpecs = openApiOfSpecs(rendered, warnings);
    if (ofSpecs) documents.push(ofSpecs);
    result.outputs.push(...documents.map((d) => ({ format: 'openapi' as const, ...d })));
  }
  if (formats.includes('llms-full')) result.outputs.push({ format: 'llms-full', file: 'llms-full.txt', content: llmsFull(rendered) });
  return result;
}
