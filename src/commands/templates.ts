import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { availableClients, findClients } from '../clients/index.js';
import { SnipgenError } from '../errors.js';
import type { Io } from '../exit.js';
import type { Style } from '../model.js';
import { partialsFor, templateFileName, templateFor } from '../render/index.js';

const STYLES: readonly Style[] = ['runnable', 'reference'];

/** `snipgen templates list`: every client's templates and where each comes from. */
export function runTemplatesList(templates: string | undefined, io: Io): number {
  const overridden = (file: string) => Boolean(templates && file.startsWith(join(templates, '')));
  for (const client of availableClients(templates)) {
    for (const style of STYLES) {
      const file = templateFor(client, style, templates);
      const origin = !file
        ? 'missing'
        : overridden(file)
          ? `override ${relative(process.cwd(), file)}`
          : style === 'reference' && !file.endsWith(templateFileName('reference'))
            ? 'runnable only'
            : client.builtin
              ? 'built-in'
              : `added ${relative(process.cwd(), file)}`;
      io.out(`${client.id.padEnd(28)} ${style.padEnd(9)} ${origin}\n`);
    }
  }
  const languages = new Set(availableClients(templates).map((c) => c.language));
  for (const language of languages) {
    for (const [, file] of partialsFor(language, templates).filter(([, file]) => overridden(file))) {
      io.out(`${language.padEnd(28)} partial   override ${relative(process.cwd(), file)}\n`);
    }
  }
  return 0;
}

/** `snipgen templates eject <client>`: copies its built-in templates and its language's partials to start from. */
export function runTemplatesEject(id: string, templates: string, io: Io): number {
  const [client] = findClients([id]);
  const copies: Array<[string, string]> = [
    ...STYLES.flatMap((style): Array<[string, string]> =>
      style === 'reference' && !client!.hasReference ? [] : [[join(client!.dir, templateFileName(style)), join(templates, client!.language, client!.client, templateFileName(style))]],
    ),
    ...partialsFor(client!.language).map(([, file]): [string, string] => [file, join(templates, client!.language, basename(file))]),
  ];
  const existing = copies.filter(([, to]) => existsSync(to)).map(([, to]) => to);
  if (existing.length) throw new SnipgenError(`refusing to overwrite ${existing.join(', ')}`, 'usage');
  for (const [from, to] of copies) {
    mkdirSync(join(to, '..'), { recursive: true });
    copyFileSync(from, to);
    io.out(`created ${to}\n`);
  }
  io.out(`edit them, then run gen with --templates ${templates} (or set templates: in snipgen.config.yaml)\n`);
  return 0;
}
