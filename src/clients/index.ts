import { csharpHttpclient } from './csharp-httpclient.js';
import { csharpRestsharp } from './csharp-restsharp.js';
import { goNetHttp } from './go-net-http.js';
import { javaHttpclient } from './java-httpclient.js';
import { javaUnirest } from './java-unirest.js';
import { javascriptFetch } from './javascript-fetch.js';
import { phpCurl } from './php-curl.js';
import { phpGuzzle } from './php-guzzle.js';
import { pythonRequests } from './python-requests.js';
import { rubyNetHttp } from './ruby-net-http.js';
import { shellCurl } from './shell-curl.js';
import { swiftUrlsession } from './swift-urlsession.js';
import { SnipgenError } from '../errors.js';
import { loadCustomClients } from './custom.js';
import type { ClientDescriptor } from './types.js';

/**
 * Every built-in client, in the reference page's order (its eight first), then the second
 * clients, then curl last so the reference page's blocks stay contiguous and in order.
 */
export const CLIENTS: readonly ClientDescriptor[] = [
  pythonRequests,
  javascriptFetch,
  goNetHttp,
  rubyNetHttp,
  javaUnirest,
  phpGuzzle,
  csharpRestsharp,
  swiftUrlsession,
  javaHttpclient,
  phpCurl,
  csharpHttpclient,
  shellCurl,
];

/** The reference page's eight clients, in its order. */
export const REFERENCE_PAGE_CLIENTS = CLIENTS.slice(0, 8).map((c) => c.id);

/**
 * The clients named by `ids`, in that order (all of `available` when none are named), with
 * `first` moved to the front when given.
 */
export function findClients(ids: readonly string[] | undefined, available: readonly ClientDescriptor[] = CLIENTS, first?: string): ClientDescriptor[] {
  const chosen =
    !ids || ids.length === 0
      ? [...available]
      : ids.map((id) => {
          const client = available.find((c) => c.id === id);
          if (!client) throw new SnipgenError(`unknown client "${id}" (known: ${available.map((c) => c.id).join(', ')})`, 'usage');
          return client;
        });
  if (first) {
    const index = chosen.findIndex((c) => c.id === first);
    if (index < 0) throw new SnipgenError(`default client "${first}" is not among the chosen clients (${chosen.map((c) => c.id).join(', ')})`, 'usage');
    chosen.unshift(...chosen.splice(index, 1));
  }
  return chosen;
}
export type { ClientDescriptor, Language } from './types.js';

/** Every client available: the built-in ones, then those added in the templates folder. */
export function availableClients(templates?: string): ClientDescriptor[] {
  return [...CLIENTS, ...loadCustomClients(templates ? [templates] : [], CLIENTS)];
}
