import { copyFileSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Io } from '../exit.js';
import { availableClients, findClients } from '../clients/index.js';
import { SnipgenError } from '../errors.js';
import { builtinTemplates, resolveTemplate, templateName } from '../render/index.js';

const STYLES = ['runnable', 'reference'] as const;

/** `snipgen templates list`: every client's templates and where each comes from. */
export function runTemplatesList(templates: string | undefined, io: Io): number {
  const roots = [...(templates ? [templates] : []), builtinTemplates()];
  for (const client of availableClients(templates)) {
    for (const style of STYLES) {
      const file = resolveTemplate(roots, templateName(client, style));
      const origin = !file ? 'missing' : templates && file.startsWith(join(templates, '')) ? `override ${relative(process.cwd(), file)}` : 'built-in';
      io.out(`${client.id.padEnd(20)} ${style.padEnd(9)} ${origin}\n`);
    }
    for (const partial of partials(roots, client.language).filter(([, file]) => templates && file.startsWith(join(templates, '')))) {
      io.out(`${client.language.padEnd(20)} partial   override ${relative(process.cwd(), partial[1])}\n`);
    }
  }
  return 0;
}

/** `snipgen templates eject <client>`: copies its built-in templates and its language's partials to start from. */
export function runTemplatesEject(id: string, templates: string, io: Io): number {
  const [client] = findClients([id]);
  const copies = [
    ...STYLES.map((style) => templateName(client!, style)),
    ...partials([builtinTemplates()], client!.language).map(([name]) => join(client!.language, name)),
  ];
  const existing = copies.filter((name) => existsSync(join(templates, name)));
  if (existing.length) throw new SnipgenError(`refusing to overwrite ${existing.map((n) => join(templates, n)).join(', ')}`, 'usage');
  for (const name of copies) {
    mkdirSync(dirname(join(templates, name)), { recursive: true });
    copyFileSync(join(builtinTemplates(), name), join(templates, name));
    io.out(`created ${join(templates, name)}\n`);
  }
  io.out(`edit them, then run gen with --templates ${templates} (or set templates: in snipgen.config.yaml)\n`);
  return 0;
}

/** [file name, path] of every `_partial.hbs` of a language, first root first. */
function partials(roots: readonly string[], language: string): Array<[string, string]> {
  const found = new Map<string, string>();
  for (const root of roots) {
    const dir = join(root, language);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) if (name.startsWith('_') && name.endsWith('.hbs') && !found.has(name)) found.set(name, join(dir, name));
  }
  return [...found];
}
