import { resolve } from 'node:path';
import type { ClientDescriptor } from '../clients/types.js';
import { byLocation, SnipgenError, SnipgenErrors } from '../errors.js';
import type { Endpoint } from '../model.js';
import { isWithin } from '../paths.js';
import { partialsFor, templateFor } from './index.js';

export interface RenderedSnippets {
  endpoint: Endpoint;
  snippets: ReadonlyArray<{ client: ClientDescriptor; code: string }>;
}

/**
 * Built-in templates are proved by their goldens' syntax test; a template the user wrote (an
 * override, an added client, or a partial of theirs) has no golden, so gen and check parse what
 * it renders and refuse code that does not parse, at the endpoint that produced it, with the
 * place in the snippet. A language without a grammar is left to `snipgen verify`.
 */
export async function checkUserSnippets(rendered: readonly RenderedSnippets[], overrides: string | undefined): Promise<void> {
  if (!overrides) return;
  // The parsers load only when there are user templates to check: most runs have none.
  const { checkSyntax, hasGrammar } = await import('../syntax/index.js');
  const userMade = new Map<ClientDescriptor, string | undefined>();
  const templateOf = (client: ClientDescriptor, endpoint: Endpoint): string | undefined => {
    if (!userMade.has(client)) {
      const file = templateFor(client, endpoint.style, overrides);
      const mine = (path: string) => isWithin(resolve(path), resolve(overrides));
      const own = !client.builtin || (file !== undefined && mine(file)) || partialsFor(client.language, overrides).some(([, partial]) => mine(partial));
      userMade.set(client, own ? file : undefined);
    }
    return userMade.get(client);
  };
  const errors: SnipgenError[] = [];
  for (const { endpoint, snippets } of rendered) {
    for (const { client, code } of snippets) {
      const template = templateOf(client, endpoint);
      if (template === undefined || !hasGrammar(client.printers)) continue;
      const [first] = await checkSyntax(client.printers, code);
      if (first) {
        errors.push(
          new SnipgenError(
            `${template} renders ${client.id} code that does not parse for endpoint "${endpoint.id}": snippet line ${first.line}, col ${first.col}: ${first.message}`,
            'template',
            endpoint.source,
          ),
        );
      }
    }
  }
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
}
