import { SnipgenError } from '../../errors.js';
import type { Endpoint, JsonValue } from '../../model.js';
import { stringifyJson } from '../../json.js';
import type { RenderedEndpoint } from './index.js';
import { codeSamples } from './openapi.js';

/** Where the document goes in the output folder: beside the OpenAPI inputs written again. */
export const SPECS_DOCUMENT = 'openapi/endpoints.openapi.json';

/** Header parameters OpenAPI describes elsewhere (media types, security) and forbids as parameters. */
const DESCRIBED_ELSEWHERE = new Set(['accept', 'content-type', 'authorization']);

/**
 * An OpenAPI 3.1 document of the endpoints that came from no OpenAPI input (YAML specs, HAR,
 * Postman, curl), each operation with its `x-codeSamples`: the request as its examples (query,
 * header and cookie parameters, the body), its base URL as the operation's server, its auth as a
 * security scheme. Undefined when every endpoint came from an OpenAPI input. Two endpoints with
 * the same method and path cannot both be operations of one document: the later is left out,
 * with a warning.
 */
export function openApiOfSpecs(rendered: readonly RenderedEndpoint[], warnings: SnipgenError[]): { file: string; content: string } | undefined {
  const own = rendered.filter((r) => r.origin?.kind !== 'openapi');
  if (own.length === 0) return undefined;
  const paths: Record<string, Record<string, unknown>> = {};
  const schemes: Record<string, unknown> = {};
  for (const { endpoint, snippets } of own) {
    const method = endpoint.method.toLowerCase();
    const item = (paths[endpoint.path] ??= {});
    if (!['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'].includes(method) || item[method]) {
      warnings.push(new SnipgenError(`format openapi: endpoint ${endpoint.id} (${endpoint.method} ${endpoint.decodedPath}) is left out of ${SPECS_DOCUMENT}: ${item[method] ? 'another endpoint has the same method and path' : 'OpenAPI has no operation for this method'}`, 'input', endpoint.source));
      continue;
    }
    const security = securityOf(endpoint, schemes);
    item[method] = {
      operationId: endpoint.id,
      summary: endpoint.title,
      ...(endpoint.description ? { description: endpoint.description } : {}),
      servers: [{ url: endpoint.baseUrl }],
      ...parametersOf(endpoint),
      ...requestBodyOf(endpoint),
      ...(security ? { security: [{ [security]: [] }] } : { security: [] }),
      responses: { default: { description: 'The response' } },
      'x-codeSamples': codeSamples(snippets),
    };
  }
  const document = {
    openapi: '3.1.0',
    info: { title: 'Endpoints', version: '1.0.0', description: 'The endpoints snipgen generated code samples for, with the samples as x-codeSamples.' },
    paths,
    ...(Object.keys(schemes).length ? { components: { securitySchemes: schemes } } : {}),
  };
  return { file: SPECS_DOCUMENT, content: stringifyJson(document as unknown as JsonValue, 2) + '\n' };
}

function parametersOf(endpoint: Endpoint): { parameters?: unknown[] } {
  const auth = endpoint.auth?.type === 'apiKey' ? endpoint.auth : undefined;
  const isAuth = (where: string, name: string) => auth !== undefined && auth.in === where && auth.name.toLowerCase() === name.toLowerCase();
  const parameters: unknown[] = [];
  const add = (where: 'query' | 'header' | 'cookie', list: Endpoint['query']) => {
    const seen = new Map<string, { name: string; in: string; required: true; schema: Record<string, unknown>; example: unknown }>();
    for (const { name, value } of list) {
      if (isAuth(where, name) || (where === 'header' && DESCRIBED_ELSEWHERE.has(name.toLowerCase()))) continue;
      const key = where === 'header' ? name.toLowerCase() : name;
      const earlier = seen.get(key);
      if (earlier) {
        // A repeated name is one parameter with a list value (form style, exploded).
        earlier.schema = { type: 'array', items: { type: 'string' } };
        earlier.example = [...(Array.isArray(earlier.example) ? earlier.example : [earlier.example]), value.text];
        continue;
      }
      const parameter = { name, in: where, required: true as const, schema: { type: 'string' } as Record<string, unknown>, example: value.text as unknown };
      seen.set(key, parameter);
      parameters.push(parameter);
    }
  };
  add('query', endpoint.query);
  add('header', endpoint.headers);
  add('cookie', endpoint.cookies);
  return parameters.length ? { parameters } : {};
}

function requestBodyOf(endpoint: Endpoint): { requestBody?: unknown } {
  const body = endpoint.body;
  if (!body) return {};
  const content = (type: string, media: Record<string, unknown>) => ({ requestBody: { required: true, content: { [type]: media } } });
  switch (body.kind) {
    case 'json':
      return content(body.contentType, { example: body.value });
    case 'form':
      return content(body.contentType, { schema: { type: 'object' }, example: Object.fromEntries(body.fields.map((f) => [f.name, f.value])) });
    case 'text':
      return content(body.contentType, { schema: { type: 'string' }, example: body.text });
    case 'file':
      return content(body.contentType, { schema: { type: 'string', contentMediaType: body.contentType } });
    case 'multipart': {
      const properties: Record<string, unknown> = {};
      for (const part of body.parts) properties[part.name] = part.kind === 'file' ? { type: 'string', contentMediaType: part.contentType } : { type: 'string', examples: [part.value] };
      return content('multipart/form-data', { schema: { type: 'object', properties } });
    }
  }
}

/** The name of the endpoint's security scheme, added to `schemes`; undefined without auth. */
function securityOf(endpoint: Endpoint, schemes: Record<string, unknown>): string | undefined {
  const auth = endpoint.auth;
  if (!auth) return undefined;
  const [name, scheme] =
    auth.type === 'bearer'
      ? ['bearer', { type: 'http', scheme: 'bearer' }]
      : auth.type === 'basic'
        ? ['basic', { type: 'http', scheme: 'basic' }]
        : [`apiKey-${auth.in}-${auth.name}`.replace(/[^A-Za-z0-9._-]+/g, '_'), { type: 'apiKey', in: auth.in, name: auth.name }];
  schemes[name] ??= scheme;
  return name;
}
