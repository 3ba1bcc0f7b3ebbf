import type { RenderedEndpoint } from './index.js';

/** `{ endpoint id: { client id: { lang, label, source } } }`, the same fields as OpenAPI's x-codeSamples. */
export function snippetsJson(rendered: readonly RenderedEndpoint[]): string {
  const byEndpoint = Object.fromEntries(
    rendered.map(({ endpoint, snippets }) => [
      endpoint.id,
      Object.fromEntries(snippets.map(({ client, code }) => [client.id, { lang: client.fence, label: client.title, source: code }])),
    ]),
  );
  return JSON.stringify(byEndpoint, null, 2) + '\n';
}
