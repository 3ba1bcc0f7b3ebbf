import { SnipgenError } from '../errors.js';
import type { Io } from '../exit.js';
import type { JsonValue } from '../model.js';
import { loadRun, type RunOptions } from '../pipeline.js';
import { stringifyJson } from '../json.js';

/** `gen --debug-model ID`: the exact data each chosen client's template receives, keyed by client id. */
export function runDebugModel(options: RunOptions, endpointId: string, io: Io): number {
  const run = loadRun(options);
  const found = run.endpoints.find(({ endpoint }) => endpoint.id === endpointId);
  if (!found) throw new SnipgenError(`unknown endpoint "${endpointId}" (known: ${run.endpoints.map(({ endpoint }) => endpoint.id).join(', ')})`, 'usage');
  const data = Object.fromEntries(run.clients.map((c) => [c.id, run.renderer.data(c, found.endpoint)]));
  // stringifyJson keeps integers beyond 2^53 exact, as the templates see them.
  io.out(stringifyJson(data as unknown as JsonValue, 2) + '\n');
  return 0;
}
