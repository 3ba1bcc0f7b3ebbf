import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { readUtf8 } from '../files.js';
import type { HelperOptions } from 'handlebars';
import runtime from 'handlebars/runtime.js';
import { builtinClientsFolder } from '../clients/index.js';
import type { ClientDescriptor } from '../clients/types.js';
import type { ClientOptions } from '../config.js';
import { SnipgenError } from '../errors.js';
import { PRINTERS } from '../lang/index.js';
import { prebuilt, prebuiltKey } from '../prebuilt.js';
import type { Endpoint, JsonValue, Part, Style, Value } from '../model.js';
import { formatSnippet } from './formatter.js';
import { refusal } from '../shapes.js';
import { commonHelpers } from './helpers.js';
import { indentUnit, reindent } from './indent.js';

/** What a client template receives: the endpoint, plus the client and its options. */
export interface TemplateData extends Endpoint {
  client: Pick<ClientDescriptor, 'id' | 'language' | 'client' | 'title' | 'fence' | 'extension' | 'library'>;
  /** Per-client options from the config; `timeout` is null when none is set, `indent` is the unit the snippet indents by. */
  options: { timeout: number | null; indent: string };
}

export type Template = (data: TemplateData) => string;

type HandlebarsEnv = typeof import('handlebars');
/** Handlebars without its compiler (see handlebarsCompiler); its typings declare nothing of their own. */
const Handlebars = runtime as unknown as HandlebarsEnv;

export interface RendererOptions {
  /** A templates folder searched before each client's own folder, file by file (user overrides). */
  overrides?: string;
  clientOptions?: Readonly<Record<string, ClientOptions>>;
}

/** The template file of a style in a client folder: `runnable.hbs` or `reference.hbs`. */
export function templateFileName(style: Style): string {
  return style === 'reference' ? 'reference.hbs' : 'runnable.hbs';
}

/**
 * The file a client renders a style with: the user's override (`<templates>/<language>/<client>/`)
 * first, else the client's own folder. A runnable-only client renders its runnable template in
 * the reference style too.
 */
export function templateFor(client: ClientDescriptor, style: Style, overrides?: string): string | undefined {
  const styles: Style[] = style === 'reference' ? ['reference', 'runnable'] : ['runnable'];
  for (const s of styles) {
    const candidates = [...(overrides ? [join(overrides, client.language, client.client, templateFileName(s))] : []), join(client.dir, templateFileName(s))];
    const found = candidates.find((file) => existsSync(file));
    if (found) return found;
    // A client with a reference template of its own never falls back to its runnable one.
    if (s === 'reference' && client.hasReference) return undefined;
  }
  return undefined;
}

/** [name, file] of every `_name.hbs` partial of a language: the user's replace the built-in ones of the same name. */
export function partialsFor(language: string, overrides?: string): Array<[string, string]> {
  const partials = new Map<string, string>();
  for (const root of [builtinClientsFolder(), ...(overrides ? [overrides] : [])]) {
    const dir = join(root, language);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') && name.endsWith('.hbs')) partials.set(name.slice(1, -'.hbs'.length), join(dir, name));
    }
  }
  return [...partials];
}

/**
 * Compiles every needed template up front, each language in its own Handlebars environment,
 * so a broken template fails (naming its file and line) before any output is produced.
 */
export class Renderer {
  private readonly templates = new Map<string, Template>();
  private readonly clientOptions: Readonly<Record<string, ClientOptions>>;

  constructor(clients: readonly ClientDescriptor[], styles: readonly Style[], opts: RendererOptions = {}) {
    this.clientOptions = opts.clientOptions ?? {};
    const environments = new Map<string, HandlebarsEnv>();
    for (const client of clients) {
      for (const style of styles) {
        const unit = takesHouseStyle(client, style) ? indentUnit(this.clientOptions[client.id]?.indent) : undefined;
        const key = `${client.language}|${client.printers}|${unit ?? ''}`;
        let env = environments.get(key);
        if (!env) environments.set(key, (env = createEnvironment(client, opts.overrides, unit)));
        const file = templateFor(client, style, opts.overrides);
        if (!file) throw new SnipgenError(`template not found: ${client.id} has no ${templateFileName(style)} (in ${shown(client.dir)}${opts.overrides ? ` or ${shown(join(opts.overrides, client.language, client.client))}` : ''})`, 'template');
        this.templates.set(`${client.id}|${style}`, compileTemplate(env, file));
      }
    }
  }

  /** The exact data the client's template receives for this endpoint (also what --debug-model prints). */
  data(client: ClientDescriptor, endpoint: Endpoint): TemplateData {
    const options = this.clientOptions[client.id] ?? {};
    const renamed = options.env && Object.keys(options.env).length ? renameEnv(endpoint, options.env) : endpoint;
    const { id, language, client: name, title, fence, extension, library } = client;
    // Object.assign, not an object spread: in Node 20 V8 kept each `{ ...endpoint }` made here
    // through two young-generation collections though nothing referred to it, so every render's
    // data was copied to the old generation (bench/README.md, peak memory).
    return Object.assign({}, renamed, { client: { id, language, client: name, title, fence, extension, library }, options: templateOptions(client, endpoint.style, options) });
  }

  render(client: ClientDescriptor, endpoint: Endpoint): string {
    const refused = refusal(client, endpoint);
    if (refused) throw new SnipgenError(refused, 'unsupported', endpoint.source);
    const template = this.templates.get(`${client.id}|${endpoint.style}`);
    if (!template) throw new Error(`no template compiled for ${client.id} in ${endpoint.style} style`);
    try {
      const code = finish(template(this.data(client, endpoint)));
      // The reference style reproduces a page byte for byte, so it is never reformatted.
      const options = this.clientOptions[client.id];
      return options?.reformat && takesHouseStyle(client, endpoint.style) ? finish(formatSnippet(client, code, indentUnit(options.indent))) : code;
    } catch (e) {
      // A shape the client cannot express is reported at the endpoint that asks for it, naming the
      // client: a language's printers serve several clients and name none.
      if (e instanceof SnipgenError) {
        const message = e.code === 'unsupported' && !e.message.startsWith(client.id) ? `${client.id}: ${e.message}` : e.message;
        throw e.loc && message === e.message ? e : new SnipgenError(message, e.code, e.loc ?? endpoint.source);
      }
      throw new SnipgenError(`${client.id} (${endpoint.style}) failed on endpoint "${endpoint.id}": ${(e as Error).message}`, 'template', endpoint.source);
    }
  }
}

/**
 * The reference style reproduces a published page byte for byte, so only the runnable style
 * takes the house indent and formatter; a runnable-only client renders its runnable template in
 * both styles, so it takes them in both.
 */
function takesHouseStyle(client: ClientDescriptor, style: Style): boolean {
  return style === 'runnable' || !client.hasReference;
}

function templateOptions(client: ClientDescriptor, style: Style, options: ClientOptions): TemplateData['options'] {
  const unit = takesHouseStyle(client, style) ? indentUnit(options.indent) : undefined;
  return { timeout: options.timeout ?? null, indent: unit ?? PRINTERS[client.printers]?.indent ?? '' };
}

/** Each environment's indent change, when its client has an `indent` option: template sources are rewritten from one unit to the other. */
const indentChanges = new WeakMap<HandlebarsEnv, { from: string; to: string }>();

function createEnvironment(client: ClientDescriptor, overrides: string | undefined, unit?: string): HandlebarsEnv {
  const env = Handlebars.create();
  const printer = PRINTERS[client.printers];
  if (!printer) throw new SnipgenError(`no literal printers for language "${client.printers}" (client ${client.id})`, 'template');
  const change = unit !== undefined && unit !== printer.indent ? { from: printer.indent, to: unit } : undefined;
  if (change) indentChanges.set(env, change);
  // A template's `indent="..."` is written in the template's own unit, like its lines.
  const nesting = (indent: unknown) => (change ? reindent(String(indent ?? ''), change.from, change.to) : String(indent ?? ''));
  env.registerHelper(commonHelpers);
  env.registerHelper({
    str: (text: unknown) => printer.str(String(text)),
    lit: (value: JsonValue, options: HelperOptions) => printer.lit(value, nesting(options.hash?.indent), change?.to),
    expr: (value: Value) => printer.expr(value),
    ...(printer.helpers ?? {}),
  });
  for (const [name, file] of partialsFor(client.language, overrides)) env.registerPartial(name, compileTemplate(env, file));
  return env;
}

function compileTemplate(env: HandlebarsEnv, file: string): Template {
  let source: string;
  try {
    source = readUtf8(file, shown(file));
  } catch (e) {
    if (e instanceof SnipgenError) throw e;
    throw new SnipgenError(`template not found: ${shown(file)}`, 'template');
  }
  const change = indentChanges.get(env);
  if (change) source = reindent(source, change.from, change.to);
  const options = {
    noEscape: true,
    strict: true,
    knownHelpersOnly: true,
    knownHelpers: Object.fromEntries(Object.keys(env.helpers).map((h) => [h, true])),
  };
  let template: HandlebarsTemplateDelegate;
  try {
    // Compiled once, now (or at build time, src/prebuilt.ts): compile() would wait for the first
    // render to report a broken template. precompile() and template() are Handlebars' documented
    // pair for a template compiled ahead of its use.
    const key = prebuiltKey('template', Handlebars.VERSION, JSON.stringify(options), source);
    const spec = prebuilt('templates', key, () => {
      // Typed as a specification, but precompile() returns the specification's JavaScript source.
      const specSource = withoutHelperLocations(handlebarsCompiler().precompile(source, options) as unknown as string);
      return { value: new Function(`return ${specSource}`)() as TemplateSpecification, source: specSource };
    });
    template = env.template(spec);
  } catch (e) {
    throw templateError(e as Error, file);
  }
  return (data) => {
    try {
      return template(data);
    } catch (e) {
      if (e instanceof SnipgenError) throw e;
      throw templateError(e as Error, file);
    }
  };
}

let compiler: HandlebarsEnv | undefined;

/**
 * Handlebars with its compiler, for a template the build did not precompile (a user's own, or
 * one edited since): the built-in ones need only the runtime, so a run loads the compiler (its
 * parser's tables, a source-map library) only then.
 */
function handlebarsCompiler(): HandlebarsEnv {
  return (compiler ??= createRequire(import.meta.url)('handlebars') as HandlebarsEnv);
}

/**
 * Handlebars writes each helper call's position into the call's options (`"loc":{...}`), three
 * objects made on every call, which neither its runtime nor snipgen's helpers read: a run renders
 * without them. The positions of strict lookups, which name a missing field's place, are an
 * argument of their own and stay. The compiler quotes every piece of template text, so the
 * pattern, with its bare quotes, can only be its code.
 */
function withoutHelperLocations(specSource: string): string {
  return specSource.replace(/,"loc":\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g, '');
}

function templateError(e: Error, file: string): SnipgenError {
  const message = e.message;
  const position = /on line (\d+)/.exec(message) ?? /- (\d+):(\d+)/.exec(message) ?? /\[(\d+):(\d+)\]/.exec(message);
  const line = position ? Number(position[1]) : 1;
  const col = position?.[2] !== undefined ? Number(position[2]) + 1 : 1;
  const text = message.split('\n').filter((l) => l.trim() && !/^-*\^$/.test(l.trim()))[0] ?? message;
  return new SnipgenError(`template error: ${readable(text)}`, 'template', { file: shown(file), line, col });
}

/**
 * Handlebars' own wording, made readable: its strict mode names the object it looked in as
 * "[object Object]" or "undefined", and repeats the position the location already gives.
 */
function readable(text: string): string {
  const undefinedName = /^("[^"]*") not defined in (?:\[object \w+\]|undefined)(?: - \d+:\d+)?$/.exec(text);
  if (undefinedName) {
    const inside = text.includes(' in undefined') ? 'the value before it is undefined' : 'the data at this point has no such field (inside #each or #with, use ../name or @root.name for outer fields)';
    return `${undefinedName[1]} is not defined: ${inside}; \`snipgen gen --debug-model <endpoint> -c <client>\` prints the data a template receives`;
  }
  return text.replace(/^Parse error on line \d+:\s*/, 'parse error: ');
}

/** The endpoint with environment variable names renamed per the client's options. */
function renameEnv(endpoint: Endpoint, names: Readonly<Record<string, string>>): Endpoint {
  const mapParts = (parts: Part[]): Part[] =>
    parts.map((p) => (p.kind === 'env' ? { ...p, name: names[p.name] ?? p.name } : p.kind === 'base64' ? { ...p, parts: mapParts(p.parts) } : p));
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (!value || typeof value !== 'object') return value;
    if ('parts' in value && 'isLiteral' in value) return { ...(value as Value), parts: mapParts((value as Value).parts) };
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'value' && typeof v !== 'object' ? v : walk(v)]));
  };
  // Only Values carry env parts; bodies and sources are left as they are.
  const { body, source, ...rest } = endpoint;
  return { ...(walk(rest) as Omit<Endpoint, 'body' | 'source'>), body, source };
}

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Output normalisation every snippet shares: LF endings, no trailing blank lines, one final newline. */
function finish(text: string): string {
  const lf = text.includes('\r\n') ? text.replace(/\r\n/g, '\n') : text;
  // Most templates already end in one newline: the text is returned as it is, not copied again by trimEnd() + '\n'.
  if (lf.length > 1 && lf.charCodeAt(lf.length - 1) === 0x0a && !/\s/.test(lf[lf.length - 2]!)) return lf;
  // trimEnd removes exactly what /\s+$/ matches, without the regex retrying at every blank run.
  return lf.trimEnd() + '\n';
}
