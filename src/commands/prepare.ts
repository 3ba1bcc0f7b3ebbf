import { join } from 'node:path';
import { generateLazily, type LazyGeneration } from '../generate.js';
import { planDocsPages, type DocsPageUpdate } from '../output/markers.js';
import { snippetPath, type OutputFile } from '../output/plan.js';
import type { RunOptions } from './options.js';

export { resolveRunOptions, type RunOptions } from './options.js';

export interface PreparedRun {
  generation: LazyGeneration;
  /** The output files, rendered as they are iterated (once). */
  files: Iterable<OutputFile>;
  /** The docs pages with their regions filled; asked for once the files have been iterated. */
  docs(): DocsPageUpdate[];
}

/**
 * Everything `gen` would write and `check` compares. Bad input throws here; the files are
 * rendered as the caller writes or compares them, so the output is never all in memory (only
 * the snippets, when docs pages need them).
 */
export function prepareRun(options: RunOptions): PreparedRun {
  const generation = generateLazily(options);
  const snippets = new Map<string, string>();
  const files = options.docs?.length ? keeping(generation.files, snippets) : generation.files;
  return {
    generation,
    files,
    docs: () =>
      planDocsPages(options.docs ?? [], generation.endpoints, generation.clients, (endpoint, client) => {
        const code = snippets.get(snippetPath(endpoint, client));
        if (code === undefined) throw new Error(`no snippet planned for ${join(endpoint.id, client.id)}`);
        return code;
      }),
  };
}

function* keeping(files: Iterable<OutputFile>, kept: Map<string, string>): Generator<OutputFile> {
  for (const file of files) {
    kept.set(file.path, file.content);
    yield file;
  }
}
