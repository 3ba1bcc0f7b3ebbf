import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation } from './errors.js';
import { readUtf8 } from './files.js';
import type { Style } from './model.js';
import { baseUrlProblem } from './spec/url.js';
import { validateConfig } from './spec/validate.js';
import { YamlSource } from './spec/yaml-source.js';

export const CONFIG_FILE = 'snipgen.config.yaml';

export interface ClientOptions {
  /** Environment variable renames, default name -> house name. */
  env?: Record<string, string>;
  /** Request timeout in seconds. */
  timeout?: number;
  /** The indent of runnable snippets: a number of spaces, or "tab". */
  indent?: number | 'tab';
  /** Run the client's formatter (its descriptor's `formatter`) over runnable snippets. */
  reformat?: boolean;
}

export interface Placeholders {
  token?: string;
  username?: string;
  password?: string;
  apiKey?: string;
}

/** The config as written, with its paths resolved against the folder of the file that holds it. */
export interface Config {
  /** The file the config came from, or undefined when there is none. */
  file?: string;
  inputs?: string[];
  out?: string;
  style?: Style;
  clients?: string[];
  defaultClient?: string;
  templates?: string;
  docs?: string[];
  formats?: string[];
  overrides?: string;
  /** Refuse an input for any problem in it (--strict). */
  strict?: boolean;
  /** Folders besides each OpenAPI document's own that its `$ref`s may read (--allow-ref-root). */
  allowRefRoots?: string[];
  baseUrl?: string;
  placeholders?: Placeholders;
  clientOptions?: Record<string, ClientOptions>;
}

/**
 * Finds and reads the config: `explicit` if given, else snipgen.config.yaml in `cwd`, else the
 * "snipgen" key of `cwd`/package.json, else an empty config. Every problem is reported at once,
 * located (throws SnipgenErrors).
 */
export function loadConfig(cwd = process.cwd(), explicit?: string): Config {
  const candidates = explicit ? [resolve(cwd, explicit)] : [join(cwd, CONFIG_FILE), join(cwd, 'package.json')];
  for (const file of candidates) {
    if (!existsSync(file)) {
      if (explicit) throw new SnipgenError(`config file ${explicit} does not exist`, 'usage');
      continue;
    }
    const inPackageJson = file.endsWith('package.json');
    const shown = relative(cwd, file) || file;
    const { source, errors } = YamlSource.parse(shown, readUtf8(file, shown));
    if (errors.length) throw new SnipgenErrors(errors);
    // Specs read integers as bigint to keep them exact; a config wants plain numbers (timeouts).
    const whole = plainNumbers(source.toJS()) as Record<string, unknown> | null;
    if (inPackageJson && (!whole || typeof whole !== 'object' || !('snipgen' in whole))) continue;
    const raw = inPackageJson ? whole!.snipgen : (whole ?? {});
    const problems = validateConfig(raw, source, inPackageJson ? ['snipgen'] : []);
    if (problems.length) throw new SnipgenErrors(problems.sort(byLocation));
    const config = resolvePaths(raw as Config, dirname(file), cwd);
    checkDefaultClient(config, source, inPackageJson ? ['snipgen'] : []);
    checkGoIndent(config, source, inPackageJson ? ['snipgen'] : []);
    checkBaseUrl(config, source, inPackageJson ? ['snipgen'] : []);
    return { ...config, file };
  }
  return {};
}

function plainNumbers(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plainNumbers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainNumbers(v)]));
  return value;
}

function resolvePaths(config: Config, base: string, cwd: string): Config {
  // Paths are kept relative to cwd when they can be, so messages and reports stay short.
  const path = (p: string) => {
    const full = isAbsolute(p) ? p : join(base, p);
    return relative(cwd, full) || '.';
  };
  return {
    ...config,
    inputs: config.inputs?.map(path),
    out: config.out === undefined ? undefined : path(config.out),
    templates: config.templates === undefined ? undefined : path(config.templates),
    overrides: config.overrides === undefined ? undefined : path(config.overrides),
    allowRefRoots: config.allowRefRoots?.map(path),
    docs: config.docs?.map(path),
  };
}

/** gofmt rewrites every indent to tabs, so asking for both would give a house indent that never appears. */
function checkGoIndent(config: Config, source: YamlSource, base: (string | number)[]): void {
  const problems = Object.entries(config.clientOptions ?? {})
    .filter(([id, o]) => id.startsWith('go/') && o.reformat && o.indent !== undefined && o.indent !== 'tab')
    .map(([id]) => new SnipgenError(`clientOptions.${id}: gofmt (reformat: true) always indents with tabs; drop indent or reformat`, 'input', source.locate([...base, 'clientOptions', id, 'indent'])));
  if (problems.length) throw new SnipgenErrors(problems);
}

function checkBaseUrl(config: Config, source: YamlSource, base: (string | number)[]): void {
  const problem = config.baseUrl === undefined ? undefined : baseUrlProblem(config.baseUrl);
  if (problem) throw new SnipgenErrors([new SnipgenError(`baseUrl ${JSON.stringify(config.baseUrl)} ${problem}`, 'input', source.locate([...base, 'baseUrl']))]);
}

function checkDefaultClient(config: Config, source: YamlSource, base: (string | number)[]): void {
  if (config.defaultClient && config.clients && !config.clients.includes(config.defaultClient)) {
    throw new SnipgenErrors([
      new SnipgenError(`defaultClient "${config.defaultClient}" is not one of clients (${config.clients.join(', ')})`, 'input', source.locate([...base, 'defaultClient'])),
    ]);
  }
}
