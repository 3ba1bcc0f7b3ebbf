import { join } from 'node:path';
import { generateLazily, type LazyGeneration } from '../generate.js';
import { planDocsPages, type DocsPageUpdate } from '../output/markers.js';
import { snippetPath, type PlannedFile } from '../output/plan.js';
import type { RunOptions } from './options.js';

export { resolveRunOptions, type RunOptions } from './options.js';

export interface PreparedRun {
  generation: LazyGeneration;
  /** The output files, rendered as they are iterated (once). */
  files: Iterable<PlannedFile>;
  /** The docs pages with their regions filled; asked for once the files have been iterated. */
  docs(): DocsPageUpdate[];
}

/**
 * Everything `gen` would write and `check` compares. Bad input throws here; the files are
 * rendered as the caller writes or compares them, so the output is never all in memory (only
 * the snippets and endpoints, when docs pages need them).
 */
export function prepareRun(options: RunOptions): PreparedRun {
  // A docs page may name any endpoint: it gets them all, held rather than read a third time.
  const generation = generateLazily(options, { keepAll: Boolean(options.docs?.length) });
  const snippets = new Map<string, string>();
  const files = options.docs?.length ? keeping(generation.files, snippets) : generation.files;
  return {
    generation,
    files,
    docs: () =>
      options.docs?.length
        ? planDocsPages(options.docs, [...generation.endpoints].map(({ endpoint }) => endpoint), generation.clients, (endpoint, client) => {
            const code = snippets.get(snippetPath(endpoint, client));
            if (code === undefined) throw new Error(`no snippet planned for ${join(endpoint.id, client.id)}`);
            return code;
          })
        : [],
  };
}

function* keeping(files: Iterable<PlannedFile>, kept: Map<string, string>): Generator<PlannedFile> {
  for (const file of files) {
    if (file.content !== undefined) kept.set(file.path, file.content);
    yield file;
  }
}
