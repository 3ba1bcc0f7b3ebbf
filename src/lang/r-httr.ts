import type { Endpoint } from '../model.js';
import { rHeaders } from './r.js';

export const httrHelpers = {
  /**
   * Headers but Content-Type, which the body's call sets. httr sends a default `Accept`, which
   * only a header of exactly that name replaces: `accept` is spelled so, or both would be sent.
   */
  otherHeaders: (endpoint: Endpoint) =>
    rHeaders(endpoint)
      .filter((h) => h.name.toLowerCase() !== 'content-type')
      .map((h) => (h.name.toLowerCase() === 'accept' ? { ...h, name: 'Accept' } : h)),
  /** The arguments VERB() takes after the URL, in order: its calls cannot end in a comma. */
  httrArgs: (endpoint: Endpoint & { options?: { timeout: unknown } }) => {
    const body = endpoint.body;
    return [
      ...(endpoint.auth?.type === 'basic' ? ['auth'] : []),
      ...(rHeaders(endpoint).some((h) => h.name.toLowerCase() !== 'content-type') ? ['headers'] : []),
      // A multipart body's Content-Type (with its boundary) is curl's.
      ...(body && !(body.kind === 'multipart' && body.parts.length > 0) ? ['type'] : []),
      // encode only applies to a list body (a form or multipart): a string, raw vector or file goes as it is.
      ...(body ? ['body'] : []),
      ...(body?.kind === 'form' || (body?.kind === 'multipart' && body.parts.length > 0) ? ['encode'] : []),
      ...(endpoint.options?.timeout ? ['timeout'] : []),
    ];
  },
  httrEncode: (endpoint: Endpoint) => (endpoint.body?.kind === 'form' ? 'form' : 'multipart'),
  /** httr's verb functions; any other method goes through VERB(). */
  httrVerb: (endpoint: Endpoint) => (['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'].includes(endpoint.method) ? endpoint.method : null),
};
