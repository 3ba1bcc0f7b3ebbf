import { join } from 'node:path';
import { generate, type Generation } from '../generate.js';
import { planDocsPages, type DocsPageUpdate } from '../output/markers.js';
import { snippetPath } from '../output/plan.js';
import type { RunOptions } from './options.js';

export { resolveRunOptions, type RunOptions } from './options.js';

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
