import type { Endpoint } from '../model.js';

export const httpartyHelpers = {
  /** True when a multipart part name has a double quote or a line break: HTTParty writes part names raw between quotes, so it cannot send them. */
  rawPartNameBreaks: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart' && endpoint.body.parts.some((p) => /["\r\n]/.test(p.name)),
};
