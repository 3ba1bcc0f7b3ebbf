import type { Endpoint } from '../model.js';
import { rHeaders } from './r.js';

export const httr2Helpers = {
  /** The basic credentials when the endpoint uses basic auth. */
  basicAuth: (endpoint: Endpoint) => (endpoint.auth?.type === 'basic' ? endpoint.auth : null),
  /** The method when req_method() must set it: httr2 sends GET, or POST with a body, by itself. */
  httr2Method: (endpoint: Endpoint) => endpoint.method !== (endpoint.body ? 'POST' : 'GET'),
  /** Headers for req_headers(): Content-Type goes with the body. */
  httr2Headers: (endpoint: Endpoint) => rHeaders(endpoint).filter((h) => h.name.toLowerCase() !== 'content-type'),
  /**
   * A form whose Content-Type is not the one req_body_form() sets (`...; charset=UTF-8`):
   * httr2 0.2 writes its own type over a header's, so such a form goes as its encoded text.
   */
  typedForm: (endpoint: Endpoint) => {
    if (endpoint.body?.kind !== 'form') return false;
    const type = endpoint.headerMap.find((h) => h.name.toLowerCase() === 'content-type')?.value;
    return !(type?.isLiteral && type.text === 'application/x-www-form-urlencoded');
  },
  isEmptyForm: (endpoint: Endpoint) => endpoint.body?.kind === 'form' && endpoint.body.fields.length === 0,
};
