import { SnipgenError } from '../errors.js';
import type { JsonValue } from '../model.js';
import { stringifyJson } from '../json.js';
import { encodeComponent } from '../encoding.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { pointer, settle, slug, withoutLibraryHeaders, type DocumentSource, type EntryProblem, type ImportContext, type Imported, type OpenApiDocument, type RawPart } from './common.js';
import { parseOpenApiSync } from './openapi-parser.js';
import { BrokenRefUse, RefPlaces, hasExternalRefs, isNameMessage, isRefMessage, isSchemaMessage, parserMessage, parserPlace, refusalErrors } from './openapi-problems.js';
import { nameProblems, schemaProblems } from './openapi-schema.js';
import { formFields, isJsonMediaType } from './media-types.js';
import { applyOverride } from './overrides.js';
import { fillSlots, splitFragment, splitQuery, takeSelector, takeUnfilled } from './path-fragment.js';
import { PLACEHOLDER, isSchema, sampleSchema, typeOf, type Schema } from './sampler.js';

/**
 * OpenAPI 3.0/3.1 and Swagger 2.0 operations as raw endpoints. The file is long because
 * OperationBuilder reads one operation in a single pass (server, parameters, body, security,
 * examples) with the per-version rules that pass needs beside it; spread over files, the order
 * an operation's parts are read in would be lost. Placing the parser's problems is in
 * openapi-problems.ts.
 */

/** Stands in for a server the document does not give as an absolute http(s) URL. */
export const PLACEHOLDER_SERVER = 'https://api.example.com';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BASE_URL = /^https?:\/\/[^/?#\s]+(\/[^?#\s]*)?$/;
export type Version = '2.0' | '3.0' | '3.1';
type Pair = { name: string; value: string };
// Dereferenced document nodes: every field is checked where it is read.
type Node = Record<string, any>;

export interface OpenApiImport {
  document: OpenApiDocument;
  endpoints: Imported[];
  /** Problems with the document as a whole, and the operations skipped, located. */
  warnings: SnipgenError[];
  /** The warnings that say an operation was skipped. */
  skipped: SnipgenError[];
}

/**
 * One endpoint per operation of an OpenAPI 3.0/3.1 or Swagger 2.0 file, in document order.
 * The file is validated and dereferenced by @readme/openapi-parser. A `$ref` the parser refused
 * to read (outside the document's folder, or over the network) is an error in any mode. Other
 * problems are errors in strict mode (and the file yields nothing); otherwise a violation that
 * changes no request is a warning at its place, and an operation whose request cannot be known
 * (it uses a broken `$ref`, its path names a parameter it does not define, ...) is skipped with
 * a warning naming it.
 */
export function importOpenApi(ctx: ImportContext, source: DocumentSource, original: Node, format: 'json' | 'yaml'): OpenApiImport | undefined {
  const version = versionOf(original);
  const at = (message: string, path: (string | number)[] = []): EntryProblem => ({ message: path.length ? `${message} (at ${pointer(path)})` : message, loc: source.locate(path) });
  const here = (message: string, path: (string | number)[] = []) => {
    const p = at(message, path);
    return new SnipgenError(p.message, 'input', p.loc);
  };
  const fail = (message: string, path: (string | number)[] = []) => ctx.errors.push(here(message, path));
  if (!version) {
    fail(`unsupported OpenAPI version ${JSON.stringify(original.openapi ?? original.swagger)} (snipgen reads Swagger 2.0 and OpenAPI 3.0 and 3.1)`, [original.openapi !== undefined ? 'openapi' : 'swagger']);
    return undefined;
  }
  const result = parseOpenApiSync(ctx.file, hasExternalRefs(original), ctx.refRoots);
  const places = new RefPlaces(ctx, source);
  const refusals = refusalErrors(result.refusals, places, ctx);
  if (refusals.length || !result.ok) {
    ctx.errors.push(...refusals);
    if (!result.ok && !refusals.length) result.errors.forEach((message) => fail(`invalid OpenAPI: ${parserMessage(message)}`, parserPlace(message, original)));
    return undefined;
  }
  // The parser's messages place schema errors in its own re-serialisation of the document, so
  // the written document is checked again here to name the places; anything that check does not
  // see (a problem inside a referenced file, a rule beyond the schema) is placed as the parser words it.
  // The parser stops at its first failing stage (broken $refs, then the schema, then its own
  // rules), so the schema check runs here whatever stopped it.
  const invalid: SnipgenError[] = [];
  if (result.invalid.length) {
    const problems = schemaProblems(original, version);
    [...problems, ...nameProblems(original, version)].forEach((p) => invalid.push(here(`invalid OpenAPI: ${p.message}`, p.path)));
    for (const message of result.invalid.filter((m) => !isRefMessage(m) && !isNameMessage(m) && !(problems.length && isSchemaMessage(m)))) {
      invalid.push(here(`invalid OpenAPI: ${parserMessage(message)}`, parserPlace(message, original)));
    }
  }
  const broken = result.refProblems.map((problem) => ({ problem, error: places.error(`invalid OpenAPI: ${parserMessage(problem.message)}`, problem) }));
  // Strict: each is an error, and the operations are still read so that their problems show too.
  if (ctx.strict) ctx.errors.push(...invalid, ...broken.map((b) => b.error));
  const doc = result.document as Node;
  const document: OpenApiDocument = { file: ctx.file, shown: ctx.shown, format, text: ctx.text, bundled: result.bundled };
  const warnings = [...(ctx.strict ? [] : invalid), ...result.warnings.map((w) => here(`OpenAPI: ${parserMessage(w)}`, parserPlace(w, original)))];
  const skips: SnipgenError[] = [];
  const brokenUse = new BrokenRefUse(ctx, original, version, broken);
  const ids = ctx.ids;
  const endpoints: Imported[] = [];
  const servers = new Map<string, string>();
  const paths = isSchema(doc.paths) ? (doc.paths as Node) : {};
  let operations = 0;
  for (const [path, item] of Object.entries(paths)) {
    if (!isSchema(item)) {
      // A path item that was a broken $ref: its operations cannot be known.
      const cause = brokenUse.find(['paths', path]);
      const skip = cause && !ctx.strict && settle(ctx, `path ${path}`, [cause.problem], warnings);
      if (skip) skips.push(skip);
      continue;
    }
    for (const method of Object.keys(item)) {
      if (!METHODS.includes(method) || !isSchema(item[method])) continue;
      const where = ['paths', path, method];
      const op = item[method] as Node;
      operations++;
      const operationId = typeof op.operationId === 'string' ? op.operationId : undefined;
      const name = operationId !== undefined ? `operation ${operationId}` : `${method.toUpperCase()} ${path}`;
      const detail = operationId !== undefined ? ` (${method.toUpperCase()} ${path})` : '';
      const problems: EntryProblem[] = [];
      const cause = brokenUse.find(where);
      if (cause && ctx.strict) continue; // its $ref is an error already
      if (cause) problems.push(cause.problem);
      const server = version === '2.0' ? swaggerServer(doc) : openApiServer(op.servers ?? item.servers ?? doc.servers);
      const endpointWarnings: string[] = [];
      const builder = new OperationBuilder(doc, version, path, method, item, op, (m) => endpointWarnings.push(`${name}: ${m}`), (m, sub) => problems.push(at(m, sub[0] === '..' ? ['paths', path, ...sub.slice(1)] : [...where, ...sub])));
      let raw = problems.length ? undefined : builder.build(ids.claim(slug(operationId ?? `${method} ${path}`)), server.url);
      if (!raw || problems.length) {
        const skip = settle(ctx, name, problems, warnings, detail);
        if (skip) skips.push(skip);
        continue;
      }
      if (server.problem && !servers.has(server.problem)) {
        servers.set(server.problem, server.url);
        warnings.push(new SnipgenError(server.problem, 'input', source.locate(op.servers ? [...where, 'servers'] : item.servers ? ['paths', path, 'servers'] : version === '2.0' ? ['host'] : ['servers'])));
      }
      const keys = [operationId, raw.id, `${method.toUpperCase()} ${path}`].filter((k): k is string => typeof k === 'string');
      const override = ctx.overrides?.take(keys, ctx.errors);
      if (override) raw = applyOverride(raw, override);
      endpoints.push({
        raw,
        pointer: where,
        bodyPointer: version === '2.0' ? [...where, 'parameters'] : [...where, 'requestBody'],
        origin: { kind: 'openapi', document, path, method },
        keys,
        warnings: endpointWarnings,
        name: name + detail,
      });
    }
  }
  // A broken $ref that no operation uses changes no request: it is told, not fatal.
  if (!ctx.strict) for (const b of broken) if (!brokenUse.used.has(b.problem)) warnings.push(b.error);
  if (operations === 0 && !broken.length) {
    // OpenAPI 3.1 documents may describe only webhooks: requests the API sends, which no client snippet makes.
    const webhooks = isSchema(doc.webhooks) ? Object.keys(doc.webhooks).length : 0;
    const why = webhooks ? ` (its ${webhooks} webhook${webhooks === 1 ? ' is a request' : 's are requests'} the API sends, not one a client makes)` : '';
    fail(`the document has no operations under paths, so there is nothing to generate${why}`, [isSchema(doc.paths) || !webhooks ? 'paths' : 'webhooks']);
  }
  return { document, endpoints, warnings, skipped: skips };
}

/** Builds one operation's raw endpoint; `warn` and `fail` name the operation. */
class OperationBuilder {
  constructor(
    private readonly doc: Node,
    private readonly version: Version,
    private readonly path: string,
    private readonly method: string,
    private readonly item: Node,
    private readonly op: Node,
    private readonly warn: (message: string) => void,
    private readonly fail: (message: string, where: (string | number)[]) => void,
  ) {}

  build(id: string, baseUrl: string): RawEndpoint {
    const { op } = this;
    const raw: RawEndpoint = { id, method: this.method.toUpperCase(), baseUrl, path: this.path };
    if (typeof op.summary === 'string' && op.summary.trim()) raw.title = op.summary.trim();
    else if (typeof op.operationId === 'string') raw.title = op.operationId;
    if (typeof op.description === 'string' && op.description.trim()) raw.description = op.description.trim();
    const pathParams: Record<string, string> = {};
    const query: Pair[] = [];
    const headers: Pair[] = [];
    const cookies: Pair[] = [];
    const { path: beforeFragment, selectors } = splitFragment(this.path);
    const { path: requestPath, fixed } = splitQuery(beforeFragment);
    let path = requestPath;
    if (!this.path.startsWith('/')) this.fail(`the path ${JSON.stringify(this.path)} does not start with /`, []);
    for (const param of this.parameters()) {
      if (param.in === 'body' || param.in === 'formData') continue;
      // `/sms/history?date_from={date_from}`: a parameter named in the key's query fills its slot there.
      if (fillSlots(fixed, String(param.name), () => scalar(this.paramValue(param)))) continue;
      if (param.in === 'path' && !requestPath.includes(`{${param.name}}`)) {
        this.warn(`path parameter ${param.name} is not in the path ${this.path}; left out`);
        continue;
      }
      const fixedAt = param.in === 'query' ? fixed.findIndex((pair) => pair.name === param.name) : -1;
      const selector = fixedAt >= 0 ? { value: fixed.splice(fixedAt, 1)[0]!.value } : param.in === 'path' ? undefined : takeSelector(selectors, param);
      // OpenAPI 3 ignores these header parameters (the body's media type, security schemes say them), fragment or not.
      if (this.version !== '2.0' && param.in === 'header' && ['accept', 'content-type', 'authorization'].includes(String(param.name).toLowerCase())) continue;
      if (!selector && param.in !== 'path' && param.required !== true && !hasExample(param, this.version)) continue;
      const value = selector?.value ?? this.paramValue(param);
      // An optional parameter whose example is null is not sent: an empty value is another request.
      if (value === null && param.in !== 'path' && param.required !== true) continue;
      if (param.in === 'path') {
        const rendered = this.pathValue(param, value);
        if (rendered.literal === undefined) pathParams[param.name] = rendered.value!;
        else path = path.split(`{${param.name}}`).join(rendered.literal);
      } else {
        const pairs = this.serialise(param, value);
        (param.in === 'query' ? query : param.in === 'header' ? headers : cookies).push(...pairs);
      }
    }
    for (const { name, value, slot } of takeUnfilled(fixed)) {
      this.warn(`the path's query names ${slot}, but the operation defines no parameter ${slot.slice(1, -1)}; ${name}=${value} left out`);
    }
    query.unshift(...fixed);
    for (const name of selectors.keys()) {
      this.warn(`the path's fragment names ${name}, which is not a parameter of the operation: not sent (no client sends a fragment)`);
    }
    for (const [, name] of path.matchAll(/\{([^}]*)\}/g)) {
      if (!(name! in pathParams)) this.fail(`the path names {${name}}, but the operation defines no path parameter ${name}, so the request cannot be known`, []);
    }
    raw.path = path;
    if (Object.keys(pathParams).length) raw.pathParams = pathParams;
    const auth = this.auth(query, headers, cookies);
    if (auth) raw.auth = auth;
    if (query.length) raw.query = query;
    const sent = withoutLibraryHeaders(headers, (message) => this.warn(message));
    if (sent.length) raw.headers = sent;
    if (cookies.length) raw.cookies = cookies;
    const body = this.version === '2.0' ? this.swaggerBody() : this.openApiBody();
    if (body) {
      raw.body = body;
      if (body.file !== undefined || body.multipart?.some((p) => p.file !== undefined)) raw.placeholderFiles = true;
    }
    const response = this.responseExample();
    if (response) raw.response = response;
    return raw;
  }

  /**
   * The first success response's example, for the docs page: its own example, else one sampled
   * from its schema (JSON only). A response snipgen cannot show is left out quietly: it changes
   * no request.
   */
  private responseExample(): RawEndpoint['response'] | undefined {
    const responses = this.op.responses;
    if (!isSchema(responses)) return undefined;
    const codes = Object.keys(responses).filter((code) => /^2(\d\d|XX)$/i.test(code)).sort();
    for (const code of codes) {
      const response = responses[code];
      if (!isSchema(response)) continue;
      const status = /^\d+$/.test(code) ? Number(code) : undefined;
      const quiet = () => undefined;
      if (this.version === '2.0') {
        const examples = isSchema(response.examples) ? Object.entries(response.examples) : [];
        const [contentType, example] = examples.find(([type]) => isJsonType(type.split(';')[0]!.trim())) ?? examples[0] ?? [];
        if (example !== undefined) return shown(status, contentType, example, !contentType || isJsonType(contentType.split(';')[0]!.trim()));
        if (isSchema(response.schema)) return shown(status, 'application/json', sampleSchema(response.schema, 'response', quiet));
        continue;
      }
      if (!isSchema(response.content)) continue;
      const media = Object.entries(response.content).filter(([, m]) => isSchema(m)) as Array<[string, Node]>;
      const [contentType, chosen] = media.find(([type]) => isJsonType(type.split(';')[0]!.trim())) ?? media[0] ?? [];
      if (!chosen) continue;
      const example = exampleOf(chosen, this.version);
      const json = isJsonType(contentType!.split(';')[0]!.trim());
      if (example !== undefined) return shown(status, contentType, example, json);
      if (json && isSchema(chosen.schema)) return shown(status, contentType, sampleSchema(chosen.schema, 'response', quiet));
    }
    return undefined;
  }

  /** Path-level parameters, replaced by operation parameters with the same name and location. */
  private parameters(): Node[] {
    const params = new Map<string, Node>();
    const places = this.version === '2.0' ? ['query', 'header', 'path', 'formData', 'body'] : ['query', 'header', 'path', 'cookie'];
    for (const [list, where] of [
      [this.item.parameters, ['..', 'parameters']],
      [this.op.parameters, ['parameters']],
    ] as const) {
      if (list === undefined) continue;
      if (!Array.isArray(list)) {
        this.fail('parameters is not a list', [...where]);
        continue;
      }
      list.forEach((p: unknown, i: number) => {
        // A parameter snipgen cannot place would be sent wrongly or not at all.
        if (!isSchema(p) || typeof p.name !== 'string' || !places.includes(String(p.in))) {
          this.fail(`parameter ${i} needs a name and "in" (one of ${places.join(', ')})`, [...where, i]);
        } else if (p.style !== undefined && !STYLES.includes(String(p.style))) {
          this.fail(`parameter ${p.name} has the unknown style ${JSON.stringify(p.style)}`, [...where, i, 'style']);
        } else params.set(`${p.in}|${p.name}`, p);
      });
    }
    return [...params.values()];
  }

  private paramValue(param: Node): unknown {
    const example = exampleOf(param, this.version);
    if (example !== undefined) return example;
    if (isSchema(param.content)) {
      const [type, media] = Object.entries(param.content as Node)[0] ?? [];
      const value = isSchema(media) ? (exampleOf(media, this.version) ?? sampleSchema(media.schema ?? {}, `parameter ${param.name}`, this.warn)) : PLACEHOLDER;
      return type && isJsonType(type) ? stringifyJson(value as JsonValue) : value;
    }
    const schema = this.version === '2.0' ? param : param.schema;
    if (!isSchema(schema)) return this.placeholder(`parameter ${param.name} has no schema`);
    // A bare string parameter reads best as its own name in capitals (/repos/OWNER/REPO, /pets/PET_ID).
    if (isBareString(schema)) return String(param.name).replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').toUpperCase();
    return sampleSchema(schema, `parameter ${param.name}`, this.warn);
  }

  private placeholder(why: string): string {
    this.warn(`${why}; used the placeholder ${JSON.stringify(PLACEHOLDER)}`);
    return PLACEHOLDER;
  }

  /** A path value: plain (percent-encoded later by normalisation) or, for arrays, objects, label and matrix styles, rendered here. */
  private pathValue(param: Node, value: unknown): { value?: string; literal?: string } {
    const style = this.version === '2.0' ? 'simple' : (param.style ?? 'simple');
    const explode = param.explode === true;
    const name = String(param.name);
    if (!Array.isArray(value) && !isSchema(value) && style === 'simple') return { value: scalar(value) };
    const parts = Array.isArray(value) ? value.map(scalar) : isSchema(value) ? Object.entries(value).map(([k, v]) => [k, scalar(v)]) : [scalar(value)];
    const items = parts.map((p) => (Array.isArray(p) ? (explode ? `${encodeComponent(p[0]!)}=${encodeComponent(p[1]!)}` : `${encodeComponent(p[0]!)},${encodeComponent(p[1]!)}`) : encodeComponent(p)));
    const separator = this.version === '2.0' ? delimiter(param.collectionFormat) : ',';
    switch (style) {
      case 'label':
        return { literal: '.' + items.join(explode ? '.' : ',') };
      case 'matrix':
        return { literal: explode && Array.isArray(value) ? items.map((i) => `;${name}=${i}`).join('') : `;${name}${isSchema(value) && explode ? ';' : '='}${items.join(explode ? ';' : ',')}` };
      default:
        return { literal: items.join(separator) };
    }
  }

  /** Query, header and cookie values as name/value pairs, per the parameter's style. */
  private serialise(param: Node, value: unknown): Pair[] {
    const name = String(param.name);
    if (this.version === '2.0') {
      if (!Array.isArray(value)) return [{ name, value: scalar(value) }];
      if (param.collectionFormat === 'multi') return value.map((v) => ({ name, value: scalar(v) }));
      return [{ name, value: value.map(scalar).join(delimiter(param.collectionFormat)) }];
    }
    const style = param.style ?? (param.in === 'query' || param.in === 'cookie' ? 'form' : 'simple');
    const explode = param.explode ?? style === 'form';
    if (Array.isArray(value)) {
      if (style === 'form' && explode) return value.map((v) => ({ name, value: scalar(v) }));
      const joiner = style === 'spaceDelimited' ? ' ' : style === 'pipeDelimited' ? '|' : ',';
      return [{ name, value: value.map(scalar).join(joiner) }];
    }
    if (isSchema(value)) {
      // Nested values as a form's deepObject properties are: `filter[b][c]=2`, arrays by index.
      if (style === 'deepObject') return deepFields(name, value);
      const entries = Object.entries(value).map(([k, v]) => [k, scalar(v)] as const);
      if (style === 'form' && explode) return entries.map(([k, v]) => ({ name: k, value: v }));
      return [{ name, value: entries.map(([k, v]) => (explode ? `${k}=${v}` : `${k},${v}`)).join(',') }];
    }
    return [{ name, value: scalar(value) }];
  }

  /**
   * The first security requirement that names schemes becomes the auth; further API keys in the
   * same requirement are sent as plain placeholders. OAuth2 and OpenID Connect send a bearer token.
   */
  private auth(query: Pair[], headers: Pair[], cookies: Pair[]): RawEndpoint['auth'] {
    const written = this.op.security ?? this.doc.security ?? [];
    const requirements = (Array.isArray(written) ? written : []) as unknown[];
    const requirement = requirements.find((r) => isSchema(r) && Object.keys(r).length > 0) as Node | undefined;
    if (!requirement) return undefined;
    const declared = this.version === '2.0' ? this.doc.securityDefinitions : this.doc.components?.securitySchemes;
    const schemes = (isSchema(declared) ? declared : {}) as Node;
    let auth: RawEndpoint['auth'];
    for (const schemeName of Object.keys(requirement)) {
      const scheme = schemes[schemeName] as Node | undefined;
      if (!isSchema(scheme)) {
        this.warn(`security scheme ${schemeName} is not defined; the snippet sends no credentials for it`);
        continue;
      }
      const mapped = this.mapScheme(schemeName, scheme);
      if (!mapped) continue;
      if (!auth) auth = mapped;
      else if (mapped.type === 'apiKey') {
        const placeholder = { name: String(mapped.name), value: `<${mapped.name}>` };
        (mapped.in === 'query' ? query : mapped.in === 'cookie' ? cookies : headers).push(placeholder);
        // Two bearer schemes (Google's APIs require two OAuth2 flows together) or two basic ones
        // are one Authorization header: the one credential sent serves both.
      } else if (mapped.type !== auth.type) this.warn(`security scheme ${schemeName} is required together with another one; the snippet sends the first only`);
    }
    return auth;
  }

  private mapScheme(name: string, scheme: Node): RawEndpoint['auth'] {
    const type = String(scheme.type);
    if (type === 'apiKey' && ['header', 'query', 'cookie'].includes(scheme.in)) {
      if (typeof scheme.name === 'string' && scheme.name) return { type: 'apiKey', in: scheme.in, name: scheme.name };
      this.fail(`security scheme ${name} is an API key without a name`, []);
      return undefined;
    }
    if (type === 'basic' || (type === 'http' && String(scheme.scheme).toLowerCase() === 'basic')) return { type: 'basic' };
    if ((type === 'http' && String(scheme.scheme).toLowerCase() === 'bearer') || type === 'oauth2' || type === 'openIdConnect') return { type: 'bearer' };
    this.warn(`security scheme ${name} (${type}${scheme.scheme ? ` ${scheme.scheme}` : ''}) cannot be expressed; the snippet sends no credentials for it`);
    return undefined;
  }

  private openApiBody(): RawEndpoint['body'] {
    const content = this.op.requestBody?.content as Node | undefined;
    if (!isSchema(content) || Object.keys(content).length === 0) return undefined;
    const choices = Object.entries(content)
      .map(([type, media]) => ({ type, media: (isSchema(media) ? media : {}) as Node, kind: bodyKind(type, isSchema(media) ? media : {}, this.version) }))
      .filter((c) => c.kind !== undefined)
      .sort((a, b) => KINDS.indexOf(a.kind!) - KINDS.indexOf(b.kind!));
    const chosen = choices[0];
    if (!chosen) {
      const types = Object.keys(content).map((type) => type || '"" (an empty media type)');
      this.fail(`unsupported request body type ${types.join(', ')}: snipgen sends JSON, form, multipart, text, XML with an example, or a file`, ['requestBody', 'content']);
      return undefined;
    }
    const { type, media, kind } = chosen;
    const example = exampleOf(media, this.version);
    const contentType = type.includes('*') ? undefined : type;
    switch (kind) {
      case 'json':
        return { json: example !== undefined ? example : sampleSchema(media.schema, 'request body', this.warn), ...(contentType && contentType !== 'application/json' ? { contentType } : {}) };
      case 'form':
        return this.formBody(example ?? sampleSchema(media.schema, 'request body', this.warn), contentType, media.encoding);
      case 'multipart':
        return this.multipartBody(media, example);
      case 'text':
      case 'xml': {
        const value = example ?? sampleSchema(media.schema ?? { type: 'string' }, 'request body', this.warn);
        return { text: typeof value === 'string' ? value : stringifyJson(value as JsonValue), contentType: contentType ?? 'text/plain' };
      }
      default:
        return { file: this.placeholderFile('request body', 'body', contentType), contentType: contentType ?? 'application/octet-stream' };
    }
  }

  private swaggerBody(): RawEndpoint['body'] {
    const params = this.parameters();
    const listed = this.op.consumes ?? this.doc.consumes;
    const consumes = (Array.isArray(listed) ? listed : []).map(String);
    const body = params.find((p) => p.in === 'body');
    if (body) {
      const type = consumes.find(isJsonType) ?? consumes[0] ?? 'application/json';
      const value = body['x-example'] ?? sampleSchema(body.schema, 'request body', this.warn);
      if (isJsonType(type)) return { json: value, ...(type !== 'application/json' ? { contentType: type } : {}) };
      if (isSchema(body.schema) && body.schema.format === 'binary') return { file: this.placeholderFile('request body', 'body', type), contentType: type };
      if (typeof value === 'string') return { text: value, contentType: type };
      this.fail(`unsupported request body type ${consumes.join(', ')}: snipgen builds JSON bodies from schemas, and text in other types only from a string example`, ['parameters']);
      return undefined;
    }
    const fields = params.filter((p) => p.in === 'formData' && (p.required === true || hasExample(p, this.version)));
    if (fields.length === 0) return undefined;
    const multipart = consumes.includes('multipart/form-data') || fields.some((p) => p.type === 'file');
    if (!multipart) {
      return { form: fields.flatMap((p) => this.serialise(p, this.paramValue(p))), ...(consumes[0] && consumes[0] !== 'application/x-www-form-urlencoded' ? { contentType: consumes[0] } : {}) };
    }
    return {
      multipart: fields.flatMap((p): Array<{ name: string; value?: string; file?: string }> =>
        p.type === 'file'
          ? [{ name: String(p.name), file: this.placeholderFile(`file part ${p.name}`, String(p.name), undefined) }]
          : this.serialise(p, this.paramValue(p)),
      ),
    };
  }

  private formBody(value: unknown, contentType: string | undefined, encoding: unknown): RawEndpoint['body'] {
    const typed = contentType && contentType !== 'application/x-www-form-urlencoded' ? { contentType } : {};
    // An example written already encoded (`text=I like tacos`, spoonacular's description): its fields, or its exact text.
    if (typeof value === 'string') {
      const fields = formFields(value);
      return fields ? { form: fields, ...typed } : { text: value, contentType: contentType ?? 'application/x-www-form-urlencoded' };
    }
    if (!isSchema(value)) {
      this.fail('a form body needs an object schema or example, or an example of the encoded text', ['requestBody']);
      return undefined;
    }
    const deep = (name: string) => isSchema(encoding) && isSchema(encoding[name]) && encoding[name].style === 'deepObject';
    const form = Object.entries(value).flatMap(([name, v]) => (deep(name) ? deepFields(name, v) : (Array.isArray(v) ? v : [v]).map((item) => ({ name, value: scalar(item) }))));
    return { form, ...typed };
  }

  /** Text fields from the example or schema; binary properties become file parts with placeholder files. */
  private multipartBody(media: Node, example: unknown): RawEndpoint['body'] {
    const schema = isSchema(media.schema) ? media.schema : {};
    const properties = (isSchema(schema.properties) ? schema.properties : {}) as Record<string, unknown>;
    const names = [...new Set([...Object.keys(properties), ...(isSchema(example) ? Object.keys(example) : [])])];
    const parts: RawPart[] = [];
    for (const name of names) {
      const property = properties[name];
      if (isSchema(property) && property.readOnly === true) continue;
      const fileSchema = isSchema(property) && typeOf(property) === 'array' ? property.items : property;
      if (isFileSchema(fileSchema, this.version)) {
        const declared = media.encoding?.[name]?.contentType ?? (isSchema(fileSchema) ? fileSchema.contentMediaType : undefined);
        const contentType = typeof declared === 'string' ? declared.split(',')[0]!.trim() : undefined;
        const usable = contentType && !contentType.includes('*') ? contentType : undefined;
        parts.push({ name, file: this.placeholderFile(`file part ${name}`, name, usable), ...(usable ? { contentType: usable } : {}) });
        continue;
      }
      const value = isSchema(example) && example[name] !== undefined ? example[name] : sampleSchema(property, `request body.${name}`, this.warn);
      for (const item of Array.isArray(value) ? value : [value]) parts.push({ name, value: scalar(item) });
    }
    return { multipart: parts };
  }

  /** A file name the snippet opens from its working directory; snipgen has no such file, and says so. */
  private placeholderFile(what: string, base: string, contentType: string | undefined): string {
    const file = `${slug(base)}${EXTENSIONS[contentType?.split(';')[0]?.trim().toLowerCase() ?? ''] ?? '.bin'}`;
    this.warn(`the ${what} is a file the document cannot supply: the snippet reads ${file} from the folder it runs in (put the file there)`);
    return file;
  }
}

const STYLES = ['matrix', 'label', 'form', 'simple', 'spaceDelimited', 'pipeDelimited', 'deepObject'];

const KINDS = ['json', 'form', 'multipart', 'text', 'xml', 'binary'] as const;
type BodyKind = (typeof KINDS)[number];

const EXTENSIONS: Record<string, string> = {
  'application/octet-stream': '.bin',
  'application/pdf': '.pdf',
  'application/zip': '.zip',
  'application/gzip': '.gz',
  'image/png': '.png',
  'image/jpeg': '.jpg',
  'image/gif': '.gif',
  'image/webp': '.webp',
  'text/plain': '.txt',
  'text/csv': '.csv',
  'application/json': '.json',
};

function bodyKind(type: string, media: Node, version: Version): BodyKind | undefined {
  const base = type.split(';')[0]!.trim().toLowerCase();
  const schema = media.schema;
  if (isFileSchema(schema, version) && !base.startsWith('multipart/') && base !== 'application/x-www-form-urlencoded') return 'binary';
  if (isJsonType(base) || base === '*/*') return 'json';
  if (base === 'application/x-www-form-urlencoded') return 'form';
  if (base === 'multipart/form-data') return 'multipart';
  if (base.startsWith('text/')) return 'text';
  // A body whose schema is a string (a JWT) is that text, sampled like any string; an XML document
  // needs an example, as a sampled "string" is no XML.
  const example = exampleOf(media, version) ?? (isSchema(schema) ? schema.example : undefined);
  if (base === 'application/xml' || base.endsWith('+xml')) return typeof example === 'string' ? 'xml' : undefined;
  const text = typeof example === 'string' || (isSchema(schema) && typeOf(schema) === 'string');
  if (/^(application\/(octet-stream|pdf|zip|gzip)|(image|audio|video|font)\/)/.test(base)) return 'binary';
  return text ? 'text' : undefined;
}

const isJsonType = isJsonMediaType;

function isFileSchema(schema: unknown, version: Version): boolean {
  if (!isSchema(schema)) return false;
  if (schema.format === 'binary' || (version === '2.0' && schema.type === 'file')) return true;
  return version === '3.1' && typeof schema.contentMediaType === 'string' && schema.type === undefined;
}

/** A string schema with nothing that would give a better value than its parameter's name. */
function isBareString(schema: Schema): boolean {
  return (
    typeOf(schema) === 'string' &&
    ['format', 'enum', 'default', 'example', 'examples', 'const', 'allOf', 'oneOf', 'anyOf'].every((k) => schema[k] === undefined || (k === 'format' && !KNOWN_FORMATS.has(String(schema.format))))
  );
}

const KNOWN_FORMATS = new Set(['date-time', 'date', 'time', 'duration', 'uuid', 'email', 'idn-email', 'uri', 'url', 'uri-reference', 'iri', 'hostname', 'idn-hostname', 'ipv4', 'ipv6', 'byte', 'password']);

/** An explicit example on a parameter or media type object: `example`, then the first of `examples`. */
function exampleOf(node: Node, version: Version): unknown {
  if (node.example !== undefined) return node.example;
  if (version === '2.0' && node['x-example'] !== undefined) return node['x-example'];
  if (isSchema(node.examples)) {
    for (const example of Object.values(node.examples)) if (isSchema(example) && example.value !== undefined) return example.value;
  }
  return undefined;
}

function hasExample(param: Node, version: Version): boolean {
  if (exampleOf(param, version) !== undefined) return true;
  if (isSchema(param.content)) return Object.values(param.content as Node).some((m) => isSchema(m) && exampleOf(m, version) !== undefined);
  return false;
}

/**
 * A query parameter or form property with `style: deepObject` (Stripe's description, on every
 * nested property) as the fields `address[city]=...`, arrays by index (`items[0][price]=...`), as
 * Stripe and the `qs` convention read them; an empty object sends no field.
 */
function deepFields(name: string, value: unknown): Array<{ name: string; value: string }> {
  if (Array.isArray(value)) return value.flatMap((item, i) => deepFields(`${name}[${i}]`, item));
  if (isSchema(value)) return Object.entries(value).flatMap(([key, item]) => deepFields(`${name}[${key}]`, item));
  return [{ name, value: scalar(value) }];
}

function scalar(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  return stringifyJson(value as JsonValue);
}

function delimiter(collectionFormat: unknown): string {
  return collectionFormat === 'ssv' ? ' ' : collectionFormat === 'tsv' ? '\t' : collectionFormat === 'pipes' ? '|' : ',';
}

function versionOf(doc: Node): Version | undefined {
  if (doc.swagger !== undefined) return String(doc.swagger) === '2.0' ? '2.0' : undefined;
  const v = String(doc.openapi);
  return /^3\.0\.\d+$/.test(v) ? '3.0' : /^3\.1\.\d+$/.test(v) ? '3.1' : undefined;
}

function openApiServer(servers: unknown): { url: string; problem?: string } {
  const server = Array.isArray(servers) && isSchema(servers[0]) ? (servers[0] as Node) : undefined;
  const written = typeof server?.url === 'string' ? server.url : '/';
  const url = written.replace(/\{([^}]*)\}/g, (whole, name: string) => {
    const variable = server?.variables?.[name];
    return variable?.default !== undefined ? String(variable.default) : whole;
  });
  return usableServer(url.startsWith('//') ? `https:${url}` : url, written);
}

function swaggerServer(doc: Node): { url: string; problem?: string } {
  const schemes = (Array.isArray(doc.schemes) ? doc.schemes : []).map(String);
  const scheme = schemes.includes('https') ? 'https' : (schemes[0] ?? 'https');
  if (typeof doc.host !== 'string') return usableServer(doc.basePath ?? '/', `basePath ${doc.basePath ?? '/'} without a host`);
  return usableServer(`${scheme}://${doc.host}${doc.basePath ?? ''}`, `${scheme}://${doc.host}${doc.basePath ?? ''}`);
}

function usableServer(url: string, written: string): { url: string; problem?: string } {
  const trimmed = url.replace(/\/+$/, '');
  if (BASE_URL.test(trimmed)) return { url: trimmed };
  const path = /^\//.test(url) ? url.replace(/\/+$/, '') : '';
  const placeholder = PLACEHOLDER_SERVER + path;
  return {
    url: placeholder,
    problem: `the server ${JSON.stringify(written)} is not an absolute http(s) URL, so the snippets use ${placeholder}: set the real one with --base-url or an override`,
  };
}

/** A response example as a spec's `response`: JSON as a value, anything else as its text. */
function shown(status: number | undefined, contentType: string | undefined, example: unknown, json = true): RawEndpoint['response'] {
  const base = { ...(status !== undefined ? { status } : {}), ...(contentType ? { contentType } : {}) };
  if (typeof example === 'string' && !json) return { ...base, text: example };
  return { ...base, json: example };
}
