import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Style } from '../model.js';
import type { Format } from './formats/index.js';

/** The record of what a run wrote, so the next run can remove what no input produces any more. */
export const MANIFEST = 'manifest.json';

export interface ManifestEntry {
  endpoint: string;
  client: string;
  style: Style;
  lang: string;
  file: string;
}

export interface Manifest {
  generator: 'snipgen';
  snippets: ManifestEntry[];
  /** Per-endpoint pages; `format` is given for every format but the default Markdown. */
  pages: Array<{ endpoint: string; file: string; format?: Format }>;
  /** Files covering every endpoint (snippets.json, llms-full.txt, OpenAPI with x-codeSamples), when a format asks for them. */
  outputs?: Array<{ format: Format; file: string }>;
  /** Uploads whose content the input holds (a HAR's captured file), written beside the snippets that open them. */
  uploads?: Array<{ endpoint: string; file: string }>;
}

export function manifestText(manifest: Manifest): string {
  return JSON.stringify(manifest, null, 2) + '\n';
}

/** Every file a manifest lists (the manifest lists every file of its run but itself). */
export function listedFiles(manifest: Manifest): string[] {
  return [...manifest.snippets, ...manifest.pages, ...(manifest.outputs ?? []), ...(manifest.uploads ?? [])].map((entry) => entry.file);
}

/**
 * The files the manifest in `root` lists: none when there is no manifest, or when it is not one
 * snipgen wrote (unreadable, not JSON, not of its shape): then nothing can be known to be
 * snipgen's, and nothing is removed. The paths are as written: callers check each one.
 */
export function readListedFiles(root: string): string[] {
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(join(root, MANIFEST), 'utf8'));
  } catch {
    return [];
  }
  if (!isManifest(manifest)) return [];
  return listedFiles(manifest).filter((file): file is string => typeof file === 'string');
}

function isManifest(value: unknown): value is Manifest {
  const m = value as Partial<Manifest> | null;
  return (
    typeof m === 'object' &&
    m !== null &&
    m.generator === 'snipgen' &&
    Array.isArray(m.snippets) &&
    Array.isArray(m.pages) &&
    (m.outputs === undefined || Array.isArray(m.outputs)) &&
    (m.uploads === undefined || Array.isArray(m.uploads)) &&
    [...m.snippets, ...m.pages, ...(m.outputs ?? []), ...(m.uploads ?? [])].every((e) => typeof e === 'object' && e !== null)
  );
}
