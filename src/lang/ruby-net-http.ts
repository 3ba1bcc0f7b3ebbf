import { SnipgenError } from '../errors.js';
import type { Endpoint, MultipartField, MultipartFile, Param } from '../model.js';

/**
 * The headers, refusing a name Net::HTTP would change: it capitalizes every name by splitting it
 * at '-' and joining the pieces again, which loses trailing dashes.
 */
function sendable(headers: Param[]): Param[] {
  const bad = headers.find((h) => h.name.endsWith('-'));
  if (bad) throw new SnipgenError(`ruby/net-http cannot send the header ${JSON.stringify(bad.name)}: Net::HTTP drops the trailing '-' when it capitalizes header names`, 'unsupported');
  return headers;
}

/**
 * The header lines a runnable program sets: `request[name] =` for a name's first value (it
 * replaces Net::HTTP's default, as for Accept) and `add_field` for the repeats. Basic
 * credentials go through request.basic_auth instead.
 */
function requestHeaders(endpoint: Endpoint): Array<Param & { repeat: boolean }> {
  const headers = sendable(endpoint.auth?.type === 'basic' ? endpoint.headers.slice(1) : endpoint.headers);
  const seen = new Set<string>();
  return headers.map((h) => {
    const key = h.name.toLowerCase();
    const repeat = seen.has(key);
    seen.add(key);
    return { ...h, repeat };
  });
}

/**
 * The multipart parts, refusing a name or filename with a line break: Net::HTTP writes it raw
 * into the part's header, where it ends the header line.
 */
function multipartParts(endpoint: Endpoint): Array<MultipartField | MultipartFile> {
  const parts = endpoint.body?.kind === 'multipart' ? endpoint.body.parts : [];
  for (const p of parts) {
    const text = p.kind === 'file' ? p.name + p.filename : p.name;
    if (/[\r\n]/.test(text)) {
      throw new SnipgenError(`ruby/net-http cannot send the multipart part ${JSON.stringify(p.name)}: Net::HTTP writes a line break in a part's name or filename raw into its header`, 'unsupported');
    }
  }
  return parts;
}

export const netHttpHelpers = {
  requestHeaders,
  multipartParts,
  /** The headers grouped by name, for `request[name] =` lines. */
  headerFields: (endpoint: Endpoint) => sendable(endpoint.headerMap),
  /** The basic credentials when the endpoint uses basic auth, for request.basic_auth. */
  basicAuth: (endpoint: Endpoint) => (endpoint.auth?.type === 'basic' ? endpoint.auth : null),
  isHttps: (url: string) => url.startsWith('https://'),
  /**
   * True for a POST, PUT or PATCH without a body: Net::HTTP's class for it would send an empty
   * form body with its Content-Type, so the snippet builds a Net::HTTPGenericRequest instead.
   */
  sendsEmptyForm: (endpoint: Endpoint) => !endpoint.body && ['POST', 'PUT', 'PATCH'].includes(endpoint.method),
};
