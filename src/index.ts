// The library: what the CLI does, for programs that want the snippets in memory.
export { loadRun, resolveRunOptions, type Run, type RunOptions, type LoadedEndpoint } from './pipeline.js';
export { planOutput, type OutputFile, type Plan } from './output/plan.js';
export { generate, planRunOutput } from './output/index.js';
export { CLIENTS, availableClients, findClients } from './clients/index.js';
export { Renderer } from './render/index.js';
export { loadInputs, loadSpecs, buildEndpoints, parseSpecText } from './input/load.js';
export { SnipgenError, SnipgenErrors } from './errors.js';
export type * from './model.js';
