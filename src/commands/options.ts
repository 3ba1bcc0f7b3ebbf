// The options of `gen` and `check`, apart from the generation itself so that resolving them (and
// `check` finding nothing changed since the last `gen`) loads none of it.
import { loadConfig, type Config } from '../config.js';
import type { GenerateOptions } from '../generate.js';
import type { Style } from '../model.js';
import { parseSelection } from '../select.js';
import type { WarningsFormat } from '../warnings.js';

export interface RunOptions extends GenerateOptions {
  out: string;
  /** The authors' own Markdown/MDX pages (files or folders) whose marker regions snipgen fills. */
  docs?: string[];
  /** The config file these options came from, if any (watch mode watches it). */
  configFile?: string;
  warnings?: WarningsFormat;
}

/** `gen`/`check` flags merged over the config, over the built-in defaults. */
export function resolveRunOptions(inputs: string[], flags: Record<string, unknown>, cwd = process.cwd()): RunOptions {
  const config: Config = loadConfig(cwd, flags.config as string | undefined);
  return {
    inputs: inputs.length ? inputs : (config.inputs ?? ['specs']),
    out: (flags.out as string | undefined) ?? config.out ?? 'generated',
    clients: (flags.clients as string[] | undefined) ?? config.clients,
    defaultClient: config.defaultClient,
    style: (flags.style as Style | undefined) ?? config.style ?? 'runnable',
    baseUrl: (flags.baseUrl as string | undefined) ?? config.baseUrl,
    docs: (flags.docs as string[] | undefined) ?? config.docs,
    templates: (flags.templates as string | undefined) ?? config.templates,
    clientOptions: config.clientOptions,
    placeholders: config.placeholders,
    formats: (flags.formats as string[] | undefined) ?? config.formats,
    overrides: (flags.overrides as string | undefined) ?? config.overrides,
    strict: (flags.strict as boolean | undefined) ?? config.strict,
    allowRefRoots: (flags.allowRefRoot as string[] | undefined) ?? config.allowRefRoots,
    postmanEnv: flags.postmanEnv as string[] | undefined,
    select: parseSelection(flags as { only?: string[]; sample?: string; seed?: string }),
    warnings: flags.warnings as WarningsFormat | undefined,
    configFile: config.file,
  };
}
