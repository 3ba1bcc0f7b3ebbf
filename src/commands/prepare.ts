import { join } from 'node:path';
import { loadConfig, type Config } from '../config.js';
import { generate, type GenerateOptions, type Generation } from '../generate.js';
import type { Style } from '../model.js';
import { planDocsPages, type DocsPageUpdate } from '../output/markers.js';
import { snippetPath } from '../output/plan.js';

export interface RunOptions extends GenerateOptions {
  out: string;
  /** The authors' own Markdown/MDX pages (files or folders) whose marker regions snipgen fills. */
  docs?: string[];
  /** The config file these options came from, if any (watch mode watches it). */
  configFile?: string;
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
    configFile: config.file,
  };
}

/** Everything `gen` would write and `check` compares, computed in memory; throws on any bad input. */
export function prepareRun(options: RunOptions): { generation: Generation; docs: DocsPageUpdate[] } {
  const generation = generate(options);
  const byPath = new Map(generation.files.map((f) => [f.path, f.content]));
  const docs = planDocsPages(options.docs ?? [], generation.endpoints, generation.clients, (endpoint, client) => {
    const code = byPath.get(snippetPath(endpoint, client));
    if (code === undefined) throw new Error(`no snippet planned for ${join(endpoint.id, client.id)}`);
    return code;
  });
  return { generation, docs };
}
