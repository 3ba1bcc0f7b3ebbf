import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';
import { parseJsonExact } from '../json.js';
import type { RawEndpoint } from '../spec/normalise.js';
import { isMap, pointer, settle, slug, withoutLibraryHeaders, type DocumentSource, type EntryProblem, type ImportContext, type Imported } from './common.js';
import { JsonSource } from './json-source.js';
import { isJsonMediaType } from './media-types.js';
import { applyOverride } from './overrides.js';

type Node = Record<string, any>;
type Pair = { name: string; value: string };
type Path = (string | number)[];

/** Postman's raw-body languages, as the Content-Type Postman sends with each. */
const RAW_TYPES: Record<string, string> = { json: 'application/json', xml: 'application/xml', html: 'text/html', javascript: 'application/javascript', text: 'text/plain' };

/**
 * One endpoint per request of a Postman Collection v2.1, in order; folders name the endpoints'
 * group (their ids and titles start with the folder names). `{{variables}}` resolve from the
 * environment files, then the collection's variables; a request that uses one with no value, or
 * an auth snipgen cannot send, is skipped with a warning (an error in strict mode).
 */
export function importPostman(ctx: ImportContext, environment: ReadonlyMap<string, string>) {
  const source = new JsonSource(ctx.shown, ctx.text, 3);
  const document = JSON.parse(ctx.text) as Node;
  // The Postman API and Newman's reports wrap the collection: {"collection": {...}}.
  const root: Path = isMap(document.collection) ? ['collection'] : [];
  const collection = (root.length ? document.collection : document) as Node;
  const warnings: SnipgenError[] = [];
  const skipped: SnipgenError[] = [];
  const endpoints: Imported[] = [];
  const ids = ctx.ids;
  const variables = new Map<string, string>();
  for (const v of Array.isArray(collection.variable) ? collection.variable : []) if (isMap(v) && typeof v.key === 'string' && v.disabled !== true) variables.set(v.key, String(v.value ?? ''));
  for (const [k, v] of environment) variables.set(k, v);
  const scripts: Path[] = [];
  const noteScripts = (node: Node, at: Path) => {
    if (Array.isArray(node.event) && node.event.some((e: unknown) => isMap(e) && e.listen === 'prerequest' && hasScript(e.script))) scripts.push([...at, 'event']);
  };
  noteScripts(collection, root);

  const visit = (items: unknown, at: Path, folders: string[], inherited: Node | undefined) => {
    if (!Array.isArray(items)) return;
    items.forEach((item, i) => {
      const here = [...at, i];
      if (!isMap(item)) return;
      noteScripts(item, here);
      const auth = isMap(item.auth) ? item.auth : inherited;
      const name = typeof item.name === 'string' && item.name ? item.name : `item ${i}`;
      if (Array.isArray(item.item)) return visit(item.item, [...here, 'item'], [...folders, name], auth);
      const label = `Postman request ${[...folders, name].join(' / ')}`;
      const problems: EntryProblem[] = [];
      const fail = (message: string, where: Path) => problems.push({ message: `${message} (at ${pointer([...here, ...where])})`, loc: source.locate([...here, ...where]) });
      const requestWarnings: string[] = [];
      const raw = postmanRequest(item.request, { fail, warn: (m) => requestWarnings.push(`${label}: ${m}`), variables, base: dirname(ctx.file), auth: isMap(item.request?.auth) ? item.request.auth : auth });
      if (!raw || problems.length) {
        const skip = settle(ctx, label, problems, warnings);
        if (skip) skipped.push(skip);
        return;
      }
      raw.id = ids.claim(slug([...folders, name].join(' ')));
      raw.title = [...folders, name].join(' › ');
      if (typeof item.request.description === 'string' && item.request.description.trim()) raw.description = item.request.description.trim();
      const keys = [raw.id, `${raw.method} ${raw.path}`];
      const override = ctx.overrides?.take(keys, ctx.errors);
      endpoints.push({
        raw: override ? applyOverride(raw, override) : raw,
        pointer: here,
        bodyPointer: [...here, 'request', 'body'],
        origin: { kind: 'postman', item: pointer(here) },
        keys,
        warnings: requestWarnings,
        name: label,
      });
    });
  };
  if (!Array.isArray(collection.item) && Array.isArray(collection.requests)) {
    ctx.errors.push(new SnipgenError('this is a Postman collection in the v1 format, which Postman retired in 2018: export it from Postman as Collection v2.1', 'input', source.locate(root)));
  }
  visit(collection.item, [...root, 'item'], [], isMap(collection.auth) ? collection.auth : undefined);
  for (const at of scripts.reverse()) warnings.unshift(new SnipgenError('the pre-request script is not run: the snippets send the request as the collection writes it', 'input', source.locate(at)));
  return { endpoints, warnings, skipped, source: source as DocumentSource };
}

/**
 * Postman's dynamic variables that stand for an id or a time, as fixed examples: output is the
 * same at every run. The Faker ones ($randomEmail, ...) have no one right example and are refused.
 */
const DYNAMIC: Readonly<Record<string, string>> = {
  $guid: '3f2a8e4c-9b1d-4c7e-8f6a-2d5b7c9e1a04',
  $randomUUID: '3f2a8e4c-9b1d-4c7e-8f6a-2d5b7c9e1a04',
  $timestamp: '1700000000',
  $isoTimestamp: '2023-11-14T22:13:20.000Z',
  $randomInt: '42',
};

interface RequestContext {
  fail(message: string, where: Path): void;
  warn(message: string): void;
  variables: ReadonlyMap<string, string>;
  base: string;
  auth: Node | undefined;
}

function postmanRequest(request: unknown, ctx: RequestContext): RawEndpoint | undefined {
  if (typeof request === 'string') request = { method: 'GET', url: request };
  if (!isMap(request)) {
    ctx.fail('the item has no request', []);
    return undefined;
  }
  const generated = new Set<string>();
  const fill = (text: unknown, where: Path): string => {
    const value = String(text ?? '');
    return value.replace(/\{\{([^{}]+)\}\}/g, (whole, written: string) => {
      const name = written.trim();
      const found = ctx.variables.get(name) ?? DYNAMIC[name];
      if (found === undefined && name.startsWith('$')) {
        ctx.fail(`${whole} is a Postman dynamic variable, a new value at every send, and snipgen writes fixed values only: give it one in an environment (--postman-env)`, where);
      } else if (found === undefined) ctx.fail(`the variable ${whole} has no value: define it in the collection or an environment given with --postman-env`, where);
      else if (!ctx.variables.has(name) && !generated.has(whole)) {
        generated.add(whole);
        ctx.warn(`${whole} is generated by Postman at every send; the snippets send the fixed example ${found}`);
      }
      return found ?? whole;
    });
  };
  const method = fill(request.method ?? 'GET', ['request', 'method']).toUpperCase();
  const urlNode = request.url;
  const rawUrl = fill(typeof urlNode === 'string' ? urlNode : isMap(urlNode) ? (urlNode.raw ?? buildUrl(urlNode)) : '', ['request', 'url']);
  let url: URL | undefined;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(rawUrl) ? rawUrl : `https://${rawUrl}`);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol)) {
    ctx.fail(`the url ${JSON.stringify(rawUrl)} is not an http(s) URL`, ['request', 'url']);
    return undefined;
  }
  let path = url.pathname;
  if (isMap(urlNode) && Array.isArray(urlNode.variable)) {
    // Path variables (`:id`) take their values from the url's own list.
    for (const v of urlNode.variable) if (isMap(v) && typeof v.key === 'string') path = path.replace(new RegExp(`/:${v.key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=/|$)`), `/${encodeURIComponent(fill(v.value, ['request', 'url', 'variable']))}`);
  }
  const query: Pair[] = isMap(urlNode) && Array.isArray(urlNode.query)
    ? enabled(urlNode.query).map((q) => ({ name: fill(q.key, ['request', 'url', 'query']), value: fill(q.value, ['request', 'url', 'query']) }))
    : [...url.searchParams].map(([name, value]) => ({ name, value }));
  const headers = enabled(request.header).map((h) => ({ name: fill(h.key, ['request', 'header']), value: fill(h.value, ['request', 'header']) }));
  const raw: RawEndpoint = { id: '', method, baseUrl: url.origin, path };
  const auth = postmanAuth(ctx.auth, ctx);
  if (auth) raw.auth = auth;
  const body = isMap(request.body) && request.body.disabled !== true ? postmanBody(request.body, headers, ctx, fill) : undefined;
  if (body) raw.body = body;
  const files = [body?.file, ...(body?.multipart ?? []).map((p) => p.file)].filter((f): f is string => f !== undefined);
  if (files.some((f) => !isFile(resolve(ctx.base, f)))) raw.placeholderFiles = true;
  if (query.length) raw.query = query;
  const sent = withoutLibraryHeaders(headers, (message) => ctx.warn(message));
  if (sent.length) raw.headers = sent;
  return raw;
}

function postmanAuth(auth: Node | undefined, ctx: RequestContext): RawEndpoint['auth'] {
  if (!auth || auth.type === 'noauth') return undefined;
  // Collection format 2.1 lists an auth's fields as {key, value} pairs; 2.0 gives them as one object.
  const given = auth[auth.type];
  const fields = new Map<string, unknown>(Array.isArray(given) ? given.filter(isMap).map((f: Node) => [String(f.key), f.value]) : isMap(given) ? Object.entries(given) : []);
  // A secret given as one variable with no value is read from the environment by runnable snippets.
  const secret = (key: string, placeholder: string, envKey: string): Record<string, string> => {
    const written = String(fields.get(key) ?? '');
    const only = /^\{\{([^{}]+)\}\}$/.exec(written)?.[1]?.trim();
    if (only !== undefined && !ctx.variables.has(only)) return { [envKey]: only.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').toUpperCase() || 'API_TOKEN' };
    const value = written.replace(/\{\{([^{}]+)\}\}/g, (whole, name: string) => ctx.variables.get(name.trim()) ?? whole);
    return value ? { [placeholder]: value } : {};
  };
  switch (auth.type) {
    case 'bearer':
      return { type: 'bearer', ...secret('token', 'token', 'env') };
    case 'oauth2':
      return { type: 'bearer', ...secret('accessToken', 'token', 'env') };
    case 'basic':
      return { type: 'basic', ...secret('username', 'username', 'usernameEnv'), ...secret('password', 'password', 'passwordEnv') };
    case 'apikey': {
      const name = String(fields.get('key') ?? '').replace(/\{\{([^{}]+)\}\}/g, (whole, n: string) => ctx.variables.get(n.trim()) ?? whole);
      const where = String(fields.get('in') ?? 'header');
      if (!name) {
        ctx.fail('the API key auth has no key name', ['request', 'auth']);
        return undefined;
      }
      return { type: 'apiKey', in: where === 'query' ? 'query' : 'header', name, ...secret('value', 'value', 'env') };
    }
    default:
      ctx.fail(`the auth type ${JSON.stringify(auth.type)} is not one snipgen can send (it sends bearer, OAuth 2 tokens, basic and API keys)`, ['request', 'auth']);
      return undefined;
  }
}

function postmanBody(body: Node, headers: Pair[], ctx: RequestContext, fill: (text: unknown, where: Path) => string): RawEndpoint['body'] {
  const at = ['request', 'body'];
  const declaredIndex = headers.findIndex((h) => h.name.toLowerCase() === 'content-type');
  const declared = declaredIndex === -1 ? undefined : headers[declaredIndex]!.value;
  const dropDeclared = () => {
    if (declaredIndex !== -1) headers.splice(declaredIndex, 1);
  };
  switch (body.mode) {
    case 'raw': {
      const text = fill(body.raw, [...at, 'raw']);
      const type = declared ?? RAW_TYPES[String(body.options?.raw?.language ?? 'text')] ?? 'text/plain';
      dropDeclared();
      if (isJsonMediaType(type)) {
        try {
          return { json: parseJsonExact(text), ...(type !== 'application/json' ? { contentType: type } : {}) };
        } catch {
          ctx.warn(`the body is labelled ${type} but is not JSON: it is sent as its exact text`);
        }
      }
      return { text, contentType: type };
    }
    case 'urlencoded':
      dropDeclared();
      return { form: enabled(body.urlencoded).map((p) => ({ name: fill(p.key, [...at, 'urlencoded']), value: fill(p.value, [...at, 'urlencoded']) })), ...(declared && !/^application\/x-www-form-urlencoded\s*$/i.test(declared) ? { contentType: declared } : {}) };
    case 'formdata': {
      if (declared && /^multipart\/form-data\s*(;|$)/i.test(declared)) dropDeclared();
      const parts = enabled(body.formdata).map((p) => {
        const name = fill(p.key, [...at, 'formdata']);
        if (p.type !== 'file') return { name, value: fill(p.value, [...at, 'formdata']) };
        const src = Array.isArray(p.src) ? p.src[0] : p.src;
        const file = typeof src === 'string' && src ? src : `${slug(name)}.bin`;
        if (!isFile(resolve(ctx.base, file))) ctx.warn(`the form field ${name} uploads ${file}, which is not beside the collection: the snippet reads it from the folder it runs in (put the file there)`);
        return { name, file, ...(typeof p.contentType === 'string' && p.contentType ? { contentType: p.contentType } : {}) };
      });
      return { multipart: parts };
    }
    case 'file': {
      const src = body.file?.src;
      const file = typeof src === 'string' && src ? src : 'body.bin';
      if (!isFile(resolve(ctx.base, file))) ctx.warn(`the body is the file ${file}, which is not beside the collection: the snippet reads it from the folder it runs in (put the file there)`);
      dropDeclared();
      return { file, contentType: declared ?? 'application/octet-stream' };
    }
    case 'graphql': {
      // Postman sends a GraphQL body as JSON: {query, variables}.
      const query = fill(body.graphql?.query, [...at, 'graphql', 'query']);
      const written = fill(body.graphql?.variables, [...at, 'graphql', 'variables']).trim();
      let variables: unknown = {};
      try {
        variables = written ? parseJsonExact(written) : {};
      } catch {
        ctx.fail('the GraphQL variables are not JSON', [...at, 'graphql', 'variables']);
      }
      dropDeclared();
      return { json: { query, variables }, ...(declared && declared !== 'application/json' ? { contentType: declared } : {}) };
    }
    case undefined:
      return undefined;
    default:
      ctx.fail(`the body mode ${JSON.stringify(body.mode)} is not one snipgen can send`, [...at, 'mode']);
      return undefined;
  }
}

function buildUrl(url: Node): string {
  const host = Array.isArray(url.host) ? url.host.join('.') : String(url.host ?? '');
  const path = Array.isArray(url.path) ? url.path.join('/') : String(url.path ?? '');
  return `${url.protocol ? `${url.protocol}://` : ''}${host}${url.port ? `:${url.port}` : ''}/${path}`;
}

function enabled(list: unknown): Node[] {
  return Array.isArray(list) ? list.filter((x): x is Node => isMap(x) && x.disabled !== true) : [];
}

function hasScript(script: unknown): boolean {
  if (!isMap(script)) return false;
  const exec = Array.isArray(script.exec) ? script.exec.join('\n') : String(script.exec ?? '');
  return exec.trim() !== '';
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}
