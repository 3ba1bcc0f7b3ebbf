export { generate, type GenerateOptions, type Generation } from './generate.js';
export { CLIENTS, findClients } from './clients/index.js';
export { Renderer } from './render/index.js';
export { loadSpecs, buildEndpoints, parseSpecText } from './spec/load.js';
export { SnipgenError, SnipgenErrors } from './errors.js';
export type * from './model.js';
