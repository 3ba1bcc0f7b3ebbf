import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { SnipgenError } from './errors.js';

/** Files named by `inputs` (files, or folders searched recursively for `extensions`, skipping node_modules and dot-folders), sorted. */
export function filesWithExtensions(inputs: readonly string[], extensions: readonly string[]): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory() && entry.name !== 'node_modules' && !entry.name.startsWith('.')) walk(full);
      else if (entry.isFile() && extensions.includes(extname(entry.name).toLowerCase())) found.push(full);
    }
  };
  for (const input of inputs) {
    let stat;
    try {
      stat = statSync(input);
    } catch {
      throw new SnipgenError(`input ${input} does not exist`, 'usage');
    }
    if (stat.isDirectory()) walk(input);
    else found.push(input);
  }
  return [...new Set(found)].sort();
}

/** Spec files named by `inputs` (files, or folders searched recursively), sorted for stable output. */
export function specFiles(inputs: readonly string[]): string[] {
  return filesWithExtensions(inputs, ['.yaml', '.yml']);
}
