import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Handlebars from 'handlebars';
import { compilerSource } from './compile.js';

/**
 * The built-in templates' generated code, kept by the build (scripts/precompile-templates.mjs)
 * beside the compiled renderer, so a run does not load the Handlebars parser and parse every
 * template before its first snippet. Each entry is used only while its key still matches.
 */
export const PRECOMPILED_TEMPLATES = join(dirname(fileURLToPath(import.meta.url)), 'precompiled-templates.json');

export interface PrecompiledTemplate {
  key: string;
  code: string;
}

let compiler: string | undefined;
let kept: Record<string, PrecompiledTemplate> | undefined;

/**
 * Everything the generated code depends on: the template text, the code generator, and the
 * environment as the template sees it (its helpers, which of them are still Handlebars' own,
 * its partials).
 */
export function templateKey(env: typeof Handlebars, source: string, builtins: Readonly<Record<string, unknown>>): string {
  compiler ??= createHash('sha256').update(compilerSource()).digest('hex');
  const hash = createHash('sha256').update(`${compiler}\0${source}`);
  for (const name of Object.keys(env.helpers).sort()) hash.update(`\0helper ${name} ${typeof env.helpers[name]} ${env.helpers[name] === builtins[name]}`);
  for (const name of Object.keys(env.partials).sort()) hash.update(`\0partial ${name} ${typeof env.partials[name]}`);
  return hash.digest('hex');
}

/** The kept code for the built-in template at `name` (relative to the templates folder), if its key matches. */
export function precompiledCode(name: string, key: string): string | undefined {
  if (!kept) {
    try {
      kept = JSON.parse(readFileSync(PRECOMPILED_TEMPLATES, 'utf8')) as Record<string, PrecompiledTemplate>;
    } catch {
      kept = {};
    }
  }
  const entry = kept[name];
  return entry?.key === key ? entry.code : undefined;
}
