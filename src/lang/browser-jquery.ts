import type { Endpoint, Value } from '../model.js';

// Named after the printers it joins: javascript/jquery prints with browser.ts (as javascript/xhr does), not javascript.ts.

const isContentType = (h: { name: string }) => h.name.toLowerCase() === 'content-type';

/** $.ajax's `headers`: every header but a body's Content-Type, which goes in `contentType` so jQuery sets no default one. */
function ajaxHeaders(endpoint: Endpoint): Endpoint['headerMap'] {
  return endpoint.body ? endpoint.headerMap.filter((h) => !isContentType(h)) : endpoint.headerMap;
}

/** The Content-Type header's value, for $.ajax's `contentType`. */
function contentTypeValue(endpoint: Endpoint): Value | undefined {
  return endpoint.headerMap.find(isContentType)?.value;
}

export const jqueryHelpers = { ajaxHeaders, contentTypeValue };
