import { findClients, type ClientDescriptor } from './clients/index.js';
import type { Endpoint, Style } from './model.js';
import { planOutput, type OutputFile } from './output/plan.js';
import { Renderer } from './render/index.js';
import { buildEndpoints, loadSpecs } from './spec/load.js';

export interface GenerateOptions {
  inputs: readonly string[];
  clients?: readonly string[];
  style?: Style;
  /** Replace every endpoint's base URL. */
  baseUrl?: string;
  /** Replace only scheme, host and port (verify points snippets at its capture server this way). */
  origin?: string;
}

export interface Generation {
  endpoints: Endpoint[];
  clients: ClientDescriptor[];
  files: OutputFile[];
}

/** Loads, normalises and renders everything in memory; throws SnipgenError(s) on bad input before any output exists. */
export function generate(options: GenerateOptions): Generation {
  const style = options.style ?? 'runnable';
  const clients = findClients(options.clients);
  const renderer = new Renderer(clients, [style]);
  const entries = loadSpecs(options.inputs);
  const endpoints = buildEndpoints(entries, { style, baseUrl: options.baseUrl, origin: options.origin });
  return { endpoints, clients, files: planOutput(endpoints, clients, renderer) };
}
