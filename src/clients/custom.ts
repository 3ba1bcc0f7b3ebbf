import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation } from '../errors.js';
import { validateClientDescriptor } from '../spec/validate.js';
import { YamlSource } from '../spec/yaml-source.js';
import { LANGUAGES, type ClientDescriptor, type Language } from './types.js';

const DESCRIPTOR = '.client.yaml';

/**
 * Clients added without code: each `<root>/<language>/<client>.client.yaml` beside its two
 * templates becomes a client that gen, check, list and verify treat like a built-in one.
 */
export function loadCustomClients(roots: readonly string[], builtin: readonly ClientDescriptor[]): ClientDescriptor[] {
  const errors: SnipgenError[] = [];
  const found: ClientDescriptor[] = [];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    for (const language of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
      for (const name of readdirSync(join(root, language)).filter((f) => f.endsWith(DESCRIPTOR)).sort()) {
        const file = join(root, language, name);
        const shown = relative(process.cwd(), file) || file;
        const { source, errors: syntax } = YamlSource.parse(shown, readFileSync(file, 'utf8'));
        const problems = syntax.length ? syntax : validateClientDescriptor(source.toJS(), source);
        if (!LANGUAGES.includes(language as Language)) {
          problems.push(new SnipgenError(`a client folder must be one of the languages ${LANGUAGES.join(', ')}`, 'input', source.at(0)));
        }
        const client = name.slice(0, -DESCRIPTOR.length);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(client)) problems.push(new SnipgenError(`client name "${client}" must be kebab-case`, 'input', source.at(0)));
        const id = `${language}/${client}`;
        if (builtin.some((c) => c.id === id)) {
          problems.push(new SnipgenError(`${id} is a built-in client: override its templates instead of describing it again`, 'input', source.at(0)));
        }
        if (problems.length) {
          errors.push(...problems);
          continue;
        }
        const raw = source.toJS() as Omit<ClientDescriptor, 'id' | 'language' | 'client'> & { library: { install?: string | null } };
        found.push({
          ...raw,
          id,
          language: language as Language,
          client,
          library: { name: raw.library.name, version: raw.library.version, install: raw.library.install ?? null },
          fixes: raw.fixes ?? '',
        });
      }
    }
  }
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return found;
}
