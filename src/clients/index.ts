import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { SnipgenError, SnipgenErrors, byLocation } from '../errors.js';
import { readUtf8 } from '../files.js';
import { PRINTERS } from '../lang/index.js';
import { packageRoot } from '../paths.js';
import { literalSource, prebuilt, prebuiltKey } from '../prebuilt.js';
import { schemaText, validateClientDescriptor } from '../spec/validate.js';
import { YamlSource } from '../spec/yaml-source.js';
import { closest } from '../spec/suggest.js';
import { SHAPES } from '../shapes.js';
import type { ClientDescriptor, VerifyRecipe } from './types.js';

export type { ClientDescriptor, Language, Refusal, VerifyRecipe } from './types.js';

export const DESCRIPTOR = 'client.yaml';

/** The folder of the built-in clients: clients/<language>/<client>/ in the package. */
export function builtinClientsFolder(): string {
  return join(packageRoot(), 'clients');
}

/**
 * Every client described in `root` (`<language>/<client>/client.yaml`), in docs-page order: by
 * `order`, then id. A client is registered by its folder being there. Every problem in every
 * descriptor is reported at once (SnipgenErrors).
 */
export function loadClients(root: string, builtin: boolean, taken: readonly ClientDescriptor[] = []): ClientDescriptor[] {
  const errors: SnipgenError[] = [];
  const found: ClientDescriptor[] = [];
  const folders = (dir: string) => readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory() && !d.name.startsWith('.') && !d.name.startsWith('_')).map((d) => d.name).sort();
  if (!existsSync(root)) return [];
  for (const language of folders(root)) {
    for (const client of folders(join(root, language))) {
      const dir = join(root, language, client);
      const file = join(dir, DESCRIPTOR);
      if (!existsSync(file)) continue;
      const shown = relative(process.cwd(), file) || file;
      let text: string;
      try {
        text = readUtf8(file, shown);
      } catch (e) {
        if (!(e instanceof SnipgenError)) throw e;
        errors.push(e);
        continue;
      }
      let yaml: ReturnType<typeof YamlSource.parse> | undefined;
      const parse = () => (yaml ??= YamlSource.parse(shown, text));
      // A text with a YAML syntax error has no value: undefined. Only a valid descriptor is
      // prebuilt, keyed by the schema it passed as well, so an entry needs no checking again.
      const checked = prebuilt('descriptors', prebuiltKey(DESCRIPTOR, schemaText('client'), text), () => {
        const { source, errors } = parse();
        const value: unknown = errors.length ? undefined : source.toJS();
        const problems = value === undefined ? errors : validateClientDescriptor(value, () => parse().source);
        return { value: { value, problems }, source: problems.length ? undefined : `{value:${literalSource(value)},problems:[]}` };
      });
      const { value } = checked;
      const problems = [...checked.problems];
      const id = `${language}/${client}`;
      const at = () => parse().source.at(0);
      const locate = (path: Array<string | number>) => parse().source.locate(path);
      if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(language) || !/^[a-z0-9.]+(-[a-z0-9.]+)*$/.test(client)) {
        problems.push(new SnipgenError(`client folder ${id} must be <language>/<client>, each kebab-case`, 'input', at()));
      }
      if (taken.some((c) => c.id === id)) problems.push(new SnipgenError(`${id} is a built-in client: override its templates instead of describing it again`, 'input', at()));
      if (problems.length) {
        errors.push(...problems);
        continue;
      }
      const raw = value as RawDescriptor;
      const unknown = (raw.refuses ?? []).flatMap((r, i) => (r.shape in SHAPES ? [] : [i]));
      if (unknown.length) {
        for (const i of unknown) {
          const guess = closest(raw.refuses![i]!.shape, Object.keys(SHAPES));
          errors.push(new SnipgenError(`unknown shape "${raw.refuses![i]!.shape}"${guess ? ` (did you mean "${guess}"?)` : ''} (shapes: ${Object.keys(SHAPES).join(', ')})`, 'input', locate(['refuses', i, 'shape'])));
        }
        continue;
      }
      const printers = raw.printers ?? language;
      if (!(printers in PRINTERS)) {
        errors.push(new SnipgenError(`no literal printers for "${printers}" (known: ${Object.keys(PRINTERS).join(', ')}): name one with \`printers:\``, 'input', locate(raw.printers ? ['printers'] : [])));
        continue;
      }
      found.push({
        id,
        language,
        client,
        title: raw.title,
        fence: raw.fence,
        extension: raw.extension,
        printers,
        order: Number(raw.order ?? 500),
        referencePage: raw.referencePage ?? false,
        library: { name: raw.library.name, version: raw.library.version, install: raw.library.install ?? null },
        fixes: raw.fixes ?? '',
        notes: raw.notes ?? '',
        refuses: raw.refuses ?? [],
        formatter: raw.formatter,
        verify: { runner: raw.verify?.runner ?? (raw.verify?.run ? 'command' : language), requires: [], ...raw.verify } as VerifyRecipe,
        dir,
        hasReference: existsSync(join(dir, 'reference.hbs')),
        builtin,
      });
    }
  }
  if (errors.length) throw new SnipgenErrors(errors.sort(byLocation));
  return found.sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

type RawDescriptor = Omit<ClientDescriptor, 'id' | 'language' | 'client' | 'dir' | 'hasReference' | 'builtin' | 'verify' | 'printers' | 'order' | 'referencePage' | 'library' | 'fixes' | 'notes' | 'refuses'> & {
  printers?: string;
  order?: number | bigint;
  referencePage?: boolean;
  library: { name: string; version: string; install?: string | null };
  fixes?: string;
  notes?: string;
  refuses?: ClientDescriptor['refuses'];
  verify?: Partial<VerifyRecipe>;
};

/** Every built-in client, in docs-page order: the reference page's eight first, then the others grouped by language, curl last. */
export const CLIENTS: readonly ClientDescriptor[] = loadClients(builtinClientsFolder(), true);

/** The reference page's eight clients, in its order. */
export const REFERENCE_PAGE_CLIENTS = CLIENTS.filter((c) => c.referencePage).map((c) => c.id);

/** Every client available: the built-in ones, then those added in the templates folder. */
export function availableClients(templates?: string): ClientDescriptor[] {
  if (!templates) return [...CLIENTS];
  return [...CLIENTS, ...loadClients(templates, false, CLIENTS)].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * The clients named by `ids`, in that order (all of `available` when none are named), with
 * `first` moved to the front when given.
 */
export function findClients(ids: readonly string[] | undefined, available: readonly ClientDescriptor[] = CLIENTS, first?: string): ClientDescriptor[] {
  const chosen =
    !ids || ids.length === 0
      ? [...available]
      : ids.map((id) => {
          const client = available.find((c) => c.id === id);
          if (!client) throw new SnipgenError(`unknown client "${id}" (known: ${available.map((c) => c.id).join(', ')})`, 'usage');
          return client;
        });
  if (first) {
    const index = chosen.findIndex((c) => c.id === first);
    if (index < 0) throw new SnipgenError(`default client "${first}" is not among the chosen clients (${chosen.map((c) => c.id).join(', ')})`, 'usage');
    chosen.unshift(...chosen.splice(index, 1));
  }
  return chosen;
}
