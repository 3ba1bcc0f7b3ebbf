import type { Endpoint, MultipartField, MultipartFile } from '../model.js';
import { encodeComponent } from '../encoding.js';
import { capitalize, checkPartName, NON_ASCII, needsRawDisposition, quotedInner, str, unsupported } from './csharp.js';

const RESTSHARP = 'csharp/restsharp';

/** RestSharp's Method enum, by wire name. */
const RESTSHARP_METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'PATCH', 'MERGE', 'COPY', 'SEARCH'];
/** RestSharp sends GetOrPost parameters (form fields, multipart text fields) in the body only for these; otherwise in the query. */
const RESTSHARP_BODY_METHODS = ['POST', 'PUT', 'PATCH'];

function hasFormParameters(endpoint: Endpoint): boolean {
  const body = endpoint.body;
  return body?.kind === 'form' || (body?.kind === 'multipart' && body.parts.some((p) => p.kind === 'field'));
}

/**
 * True when the RestSharp snippet must set the wire method itself: RestSharp has no enum member
 * for it, or would move the form fields into the query string. The request is then built as a
 * POST, so the fields stay in the body, and the method replaced just before sending.
 */
function restsharpOverridesMethod(endpoint: Endpoint): boolean {
  return !RESTSHARP_METHODS.includes(endpoint.method) || (hasFormParameters(endpoint) && !RESTSHARP_BODY_METHODS.includes(endpoint.method));
}

/**
 * RestSharp refuses a query parameter with an empty name (ArgumentException), so such pairs go
 * into the resource, percent-encoded; the others are added one by one. RestSharp keeps a query in
 * the resource and appends the added ones after it.
 */
function restsharpResource(endpoint: Endpoint): string {
  const unnamed = endpoint.query.filter((q) => q.name === '');
  if (unnamed.some((q) => !q.value.isLiteral)) unsupported(RESTSHARP, 'a query parameter with an empty name whose value comes from the environment');
  return unnamed.length ? `${endpoint.path}?${unnamed.map((q) => `=${encodeComponent(q.value.text)}`).join('&')}` : endpoint.path;
}

export const restsharpHelpers = {
  /** The resource as a C# literal, carrying the query pairs RestSharp cannot add (see restsharpResource). */
  restsharpResource: (endpoint: Endpoint) => str(restsharpResource(endpoint)),
  /** The User-Agent the spec sets (its lines joined), which RestSharp takes as an option; null when none. */
  restsharpUserAgent: (endpoint: Endpoint) => endpoint.headerMap.find((h) => h.name.toLowerCase() === 'user-agent') ?? null,
  restsharpHeaders: (endpoint: Endpoint) => endpoint.headers.filter((h) => h.name.toLowerCase() !== 'user-agent'),
  restsharpQuery: (endpoint: Endpoint) => endpoint.query.filter((q) => q.name !== ''),
  /** RestSharp's Method enum member for the request: POST when the snippet overrides the method. */
  restsharpMethod: (endpoint: Endpoint) => capitalize(restsharpOverridesMethod(endpoint) ? 'POST' : endpoint.method),
  restsharpOverridesMethod,
  restsharpKnowsMethod: (endpoint: Endpoint) => RESTSHARP_METHODS.includes(endpoint.method),
  /** RestSharp only sends a multipart body with no file when told to. */
  restsharpHasFiles: (endpoint: Endpoint) => endpoint.body?.kind === 'multipart' && endpoint.body.parts.some((p) => p.kind === 'file'),
  /** True when a field comes before a file in the spec: RestSharp cannot keep that order. */
  restsharpFilesAndFields: (endpoint: Endpoint) => {
    const kinds = endpoint.body?.kind === 'multipart' ? endpoint.body.parts.map((p) => p.kind) : [];
    return kinds.includes('field') && kinds.indexOf('field') < kinds.lastIndexOf('file');
  },
  /** A multipart text field's name: RestSharp hands it to .NET's Content-Disposition setter, which cannot carry every name. */
  restsharpFieldName: (part: MultipartField) => {
    checkPartName(RESTSHARP, 'name', part.name);
    if (needsRawDisposition(part.name)) unsupported(RESTSHARP, `the multipart field name ${JSON.stringify(part.name)} (a quote, backslash or non-ASCII character)`);
    return str(part.name);
  },
  /**
   * How a RestSharp file part is added: `path` (the filename is the path's own), `bytes` (another
   * filename), or `raw` (a name or filename .NET cannot quote: passed pre-escaped, RestSharp's encoding off).
   */
  restsharpFileMode: (part: MultipartFile) => {
    checkPartName(RESTSHARP, 'name', part.name);
    checkPartName(RESTSHARP, 'filename', part.filename);
    if (NON_ASCII.test(part.name) || NON_ASCII.test(part.filename)) {
      // RestSharp builds the multipart content itself and .NET writes its part headers in Latin-1.
      unsupported(RESTSHARP, `the non-ASCII multipart name or filename ${JSON.stringify(part.name)}/${JSON.stringify(part.filename)}`);
    }
    if (needsRawDisposition(part.name, part.filename)) return 'raw';
    return part.filename === part.path.split('/').pop() ? 'path' : 'bytes';
  },
  /** A C# literal of a name or filename already escaped for the inside of a quoted-string. */
  quotedInner: (text: string) => str(quotedInner(text)),
  /** The pre-v107 RestSharp enum spelling the reference style uses (`Method.POST`); it had no custom methods. */
  restsharpLegacyMethod: (endpoint: Endpoint) => (RESTSHARP_METHODS.includes(endpoint.method) && endpoint.method !== 'SEARCH' ? endpoint.method : null),
};
