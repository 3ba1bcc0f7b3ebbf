import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Handlebars from 'handlebars';
import type { ClientDescriptor, Language } from '../clients/types.js';
import { SnipgenError } from '../errors.js';
import { PRINTERS } from '../lang/index.js';
import type { Endpoint, JsonValue, Style, Value } from '../model.js';
import { packageRoot } from '../paths.js';
import { commonHelpers } from './helpers.js';

export type Template = (endpoint: Endpoint) => string;

/** The template file a client uses for a style: `<client>.hbs` (runnable) or `<client>.reference.hbs`. */
export function templateFile(client: ClientDescriptor, style: Style, root = builtinTemplates()): string {
  return join(root, client.language, `${client.client}${style === 'reference' ? '.reference' : ''}.hbs`);
}

export function builtinTemplates(): string {
  return join(packageRoot(), 'templates');
}

/**
 * Compiles every needed template up front, each language in its own Handlebars environment,
 * so a broken template fails (naming its file and line) before any output is produced.
 */
export class Renderer {
  private readonly templates = new Map<string, Template>();

  constructor(clients: readonly ClientDescriptor[], styles: readonly Style[], private readonly root = builtinTemplates()) {
    const environments = new Map<Language, typeof Handlebars>();
    for (const client of clients) {
      let env = environments.get(client.language);
      if (!env) environments.set(client.language, (env = createEnvironment(client.language, root)));
      for (const style of styles) {
        const file = templateFile(client, style, root);
        this.templates.set(`${client.id}|${style}`, compileTemplate(env, file));
      }
    }
  }

  render(client: ClientDescriptor, endpoint: Endpoint): string {
    const template = this.templates.get(`${client.id}|${endpoint.style}`);
    if (!template) throw new Error(`no template compiled for ${client.id} in ${endpoint.style} style`);
    try {
      return finish(template(endpoint));
    } catch (e) {
      if (e instanceof SnipgenError) throw e;
      throw new SnipgenError(`${client.id} (${endpoint.style}) failed on endpoint "${endpoint.id}": ${(e as Error).message}`, 'template', endpoint.source);
    }
  }
}

function createEnvironment(language: Language, root: string): typeof Handlebars {
  const env = Handlebars.create();
  const printer = PRINTERS[language];
  if (!printer) throw new SnipgenError(`no literal printers for language "${language}" in src/lang/`, 'template');
  env.registerHelper(commonHelpers);
  env.registerHelper({
    str: (text: unknown) => printer.str(String(text)),
    lit: (value: JsonValue, options: Handlebars.HelperOptions) => printer.lit(value, String(options.hash?.indent ?? '')),
    expr: (value: Value) => printer.expr(value),
    ...(printer.helpers ?? {}),
  });
  const dir = join(root, language);
  if (existsSync(dir)) {
    for (const name of readdirSync(dir).sort()) {
      if (!name.startsWith('_') || !name.endsWith('.hbs')) continue;
      const file = join(dir, name);
      env.registerPartial(name.slice(1, -'.hbs'.length), compileTemplate(env, file));
    }
  }
  return env;
}

function compileTemplate(env: typeof Handlebars, file: string): Template {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    throw new SnipgenError(`template not found: ${shown(file)}`, 'template');
  }
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

function shown(file: string): string {
  return relative(process.cwd(), file) || file;
}

/** Output normalisation every snippet shares: LF endings, no trailing blank lines, one final newline. */
function finish(text: string): string {
  return text.replace(/\r\n/g, '\n').replace(/\s+$/, '') + '\n';
}
