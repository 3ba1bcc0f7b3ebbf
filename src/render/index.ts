import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import type { ClientDescriptor } from '../clients/types.js';
import type { ClientOptions } from '../config.js';
import { SnipgenError } from '../errors.js';
import { PRINTERS } from '../lang/index.js';
import type { Endpoint, JsonValue, Part, Style, Value } from '../model.js';
import { formatSnippet } from '../format/index.js';
import { packageRoot } from '../paths.js';
import { commonHelpers } from './helpers.js';
import { indentUnit, reindent } from './indent.js';

/** What a client template receives: the endpoint, plus the client and its options. */
export interface TemplateData extends Endpoint {
  client: Pick<ClientDescriptor, 'id' | 'language' | 'client' | 'title' | 'fence' | 'extension' | 'library'>;
  /** Per-client options from the config; `timeout` is null when none is set, `indent` is the unit the snippet indents by. */
  options: { timeout: number | null; indent: string };
}

export type Template = (data: TemplateData) => string;

export interface RendererOptions {
  /** Folders searched before the built-in templates, file by file (user overrides). */
  overrides?: readonly string[];
  /** Replaces the built-in templates folder (tests use a broken copy). */
  builtin?: string;
  clientOptions?: Readonly<Record<string, ClientOptions>>;
}

export function builtinTemplates(): string {
  return join(packageRoot(), 'templates');
}

/** The template file name of a client in a style: `<client>.hbs` (runnable) or `<client>.reference.hbs`. */
export function templateName(client: Pick<ClientDescriptor, 'language' | 'client'>, style: Style): string {
  return join(client.language, `${client.client}${style === 'reference' ? '.reference' : ''}.hbs`);
}

/** The built-in template file a client uses for a style. */
export function templateFile(client: ClientDescriptor, style: Style, root = builtinTemplates()): string {
  return join(root, templateName(client, style));
}

/** The first folder, overrides first, that has `name`; undefined when none has it. */
export function resolveTemplate(roots: readonly string[], name: string): string | undefined {
  return roots.map((root) => join(root, name)).find((file) => existsSync(file));
}

/**
 * Compiles every needed template up front, each language in its own Handlebars environment,
 * so a broken template fails (naming its file and line) before any output is produced.
 */
export class Renderer {
  private readonly templates = new Map<string, Template>();
  private readonly roots: string[];
  private readonly clientOptions: Readonly<Record<string, ClientOptions>>;

  constructor(clients: readonly ClientDescriptor[], styles: readonly Style[], opts: RendererOptions = {}) {
    this.roots = [...(opts.overrides ?? []), opts.builtin ?? builtinTemplates()];
    this.clientOptions = opts.clientOptions ?? {};
    const environments = new Map<string, typeof Handlebars>();
    for (const client of clients) {
      for (const style of styles) {
        // The reference style reproduces a page byte for byte, so only the runnable style takes the house indent.
        const unit = style === 'runnable' ? indentUnit(this.clientOptions[client.id]?.indent) : undefined;
        const key = `${client.language}|${unit ?? ''}`;
        let env = environments.get(key);
        if (!env) environments.set(key, (env = createEnvironment(client, this.roots, unit)));
        const name = templateName(client, style);
        const file = resolveTemplate(this.roots, name);
        if (!file) throw new SnipgenError(`template not found: ${name} (looked in ${this.roots.map(shown).join(', ')})`, 'template');
        this.templates.set(`${client.id}|${style}`, compileTemplate(env, file));
      }
    }
  }

  /** The exact data the client's template receives for this endpoint (also what --debug-model prints). */
  data(client: ClientDescriptor, endpoint: Endpoint): TemplateData {
    const options = this.clientOptions[client.id] ?? {};
    const renamed = options.env && Object.keys(options.env).length ? renameEnv(endpoint, options.env) : endpoint;
    const { id, language, client: name, title, fence, extension, library } = client;
    return { ...renamed, client: { id, language, client: name, title, fence, extension, library }, options: templateOptions(client, endpoint.style, options) };
  }

  render(client: ClientDescriptor, endpoint: Endpoint): string {
    const template = this.templates.get(`${client.id}|${endpoint.style}`);
    if (!template) throw new Error(`no template compiled for ${client.id} in ${endpoint.style} style`);
    try {
      const code = finish(template(this.data(client, endpoint)));
      // The reference style reproduces a page byte for byte, so it is never reformatted.
      const options = this.clientOptions[client.id];
      return options?.format && endpoint.style === 'runnable' ? finish(formatSnippet(client, code, indentUnit(options.indent))) : code;
    } catch (e) {
      // A shape the client cannot express is reported at the endpoint that asks for it.
      if (e instanceof SnipgenError) throw e.loc ? e : new SnipgenError(e.message, e.code, endpoint.source);
      throw new SnipgenError(`${client.id} (${endpoint.style}) failed on endpoint "${endpoint.id}": ${(e as Error).message}`, 'template', endpoint.source);
    }
  }
}

function templateOptions(client: ClientDescriptor, style: Style, options: ClientOptions): TemplateData['options'] {
  const unit = style === 'runnable' ? indentUnit(options.indent) : undefined;
  return { timeout: options.timeout ?? null, indent: unit ?? PRINTERS[client.helpers ?? client.language]?.indent ?? '' };
}

/** Each environment's indent change, when its client has an `indent` option: template sources are rewritten from one unit to the other. */
const indentChanges = new WeakMap<typeof Handlebars, { from: string; to: string }>();

function createEnvironment(client: ClientDescriptor, roots: readonly string[], unit?: string): typeof Handlebars {
  const env = Handlebars.create();
  const printer = PRINTERS[client.helpers ?? (client.language as keyof typeof PRINTERS)];
  if (!printer) throw new SnipgenError(`no literal printers for language "${client.helpers ?? client.language}" (client ${client.id})`, 'template');
  const change = unit !== undefined && unit !== printer.indent ? { from: printer.indent, to: unit } : undefined;
  if (change) indentChanges.set(env, change);
  // A template's `indent="..."` is written in the template's own unit, like its lines.
  const nesting = (indent: unknown) => (change ? reindent(String(indent ?? ''), change.from, change.to) : String(indent ?? ''));
  env.registerHelper(commonHelpers);
  env.registerHelper({
    str: (text: unknown) => printer.str(String(text)),
    lit: (value: JsonValue, options: Handlebars.HelperOptions) => printer.lit(value, nesting(options.hash?.indent), change?.to),
    expr: (value: Value) => printer.expr(value),
    ...(printer.helpers ?? {}),
  });
  // Partials: a user's `_name.hbs` replaces the built-in one of the same name.
  const partials = new Map<string, string>();
  for (const root of [...roots].reverse()) {
    const dir = join(root, client.language);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (name.startsWith('_') && name.endsWith('.hbs')) partials.set(name.slice(1, -'.hbs'.length), join(dir, name));
    }
  }
  for (const [name, file] of partials) env.registerPartial(name, compileTemplate(env, file));
  return env;
}

function compileTemplate(env: typeof Handlebars, file: string): Template {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
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
  try {
    // precompile parses and checks helpers now; compile alone would wait for the first render.
    env.precompile(source, options);
  } catch (e) {
    throw templateError(e as Error, file);
  }
  const template = env.compile(source, options);
  return (data) => {
    try {
      return template(data);
    } catch (e) {
      if (e instanceof SnipgenError) throw e;
      throw templateError(e as Error, file);
    }
  };
}

function templateError(e: Error, file: string): SnipgenError {
  const message = e.message;
  const position = /on line (\d+)/.exec(message) ?? /- (\d+):(\d+)/.exec(message) ?? /\[(\d+):(\d+)\]/.exec(message);
  const line = position ? Number(position[1]) : 1;
  const col = position?.[2] !== undefined ? Number(position[2]) + 1 : 1;
  const text = message.split('\n').filter((l) => l.trim() && !/^-*\^$/.test(l.trim()))[0] ?? message;
  return new SnipgenError(`template error: ${text.replace(/^Parse error on line \d+:\s*/, 'parse error: ')}`, 'template', { file: shown(file), line, col });
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
