import { SnipgenError } from '../errors.js';
import type { Endpoint, Param } from '../model.js';

/**
 * The headers by name for rest-client, which reads a Content-Type or Accept value that looks like
 * a file extension ("json") as one and sends its MIME type instead, and splits Accept at commas
 * and joins the trimmed pieces with ", ". An Accept value with a comma goes as a one-element
 * Array (`asList`), which rest-client joins back unchanged.
 */
function restClientHeaders(endpoint: Endpoint): Array<Param & { asList: boolean }> {
  return endpoint.headerMap.map((h) => {
    const name = h.name.toLowerCase();
    if ((name === 'accept' || name === 'content-type') && /^[a-zA-Z0-9_@-]+$/.test(h.value.text)) {
      throw new SnipgenError(`ruby/rest-client cannot send the ${h.name} value ${JSON.stringify(h.value.text)}: rest-client reads it as a file extension and sends the MIME type it finds for it`, 'unsupported');
    }
    return { ...h, asList: name === 'accept' && h.value.text.includes(',') };
  });
}

export const restClientHelpers = { restClientHeaders };
