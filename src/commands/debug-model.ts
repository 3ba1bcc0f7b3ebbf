import type { Io } from '../cli.js';
import { reportError } from '../cli.js';
import { availableClients } from '../generate.js';
import { findClients } from '../clients/index.js';
import { SnipgenError } from '../errors.js';
import type { JsonValue } from '../model.js';
import { importOptions } from '../input/index.js';
import { Renderer } from '../render/index.js';
import { stringifyJson } from '../spec/json.js';
import { buildEndpoints, loadSpecs } from '../spec/load.js';
import type { RunOptions } from './prepare.js';

/** `gen --debug-model ID`: the exact data each chosen client's template receives, keyed by client id. */
export function runDebugModel(options: RunOptions, endpointId: string, io: Io): number {
  try {
    const clients = findClients(options.clients, availableClients(options), options.defaultClient);
    const style = options.style ?? 'runnable';
    const endpoints = buildEndpoints(loadSpecs(options.inputs, process.cwd(), importOptions(options)), { style, baseUrl: options.baseUrl, placeholders: options.placeholders });
    const endpoint = endpoints.find((e) => e.id === endpointId);
    if (!endpoint) throw new SnipgenError(`unknown endpoint "${endpointId}" (known: ${endpoints.map((e) => e.id).join(', ')})`, 'usage');
    const renderer = new Renderer(clients, [style], { overrides: options.templates ? [options.templates] : [], clientOptions: options.clientOptions });
    const data = Object.fromEntries(clients.map((c) => [c.id, renderer.data(c, endpoint)]));
    // stringifyJson keeps integers beyond 2^53 exact, as the templates see them.
    io.out(stringifyJson(data as unknown as JsonValue, 2) + '\n');
    return 0;
  } catch (e) {
    return reportError(e, io);
  }
}
