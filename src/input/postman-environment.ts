import { relative, resolve } from 'node:path';
import { SnipgenError } from '../errors.js';
import { readInput } from '../files.js';
import { isMap } from './common.js';

/**
 * Variables from Postman environment files (`{"values": [{key, value, enabled}]}`) or exported
 * collection-variable files (`{"variable": [...]}`), in the order given; a later file wins, and
 * every one wins over the collection's own variables, as in Postman.
 */
export function loadPostmanEnvironments(files: readonly string[], cwd: string, errors: SnipgenError[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const file of files) {
    const shown = relative(cwd, file) || file;
    let parsed: Record<string, any>;
    try {
      parsed = JSON.parse(readInput(resolve(cwd, file), shown)) as Record<string, any>;
    } catch (e) {
      if (e instanceof SnipgenError) errors.push(e);
      else errors.push(new SnipgenError(`--postman-env ${shown}: ${e instanceof SyntaxError ? 'not JSON' : 'cannot be read'}`, 'usage'));
      continue;
    }
    const list = Array.isArray(parsed?.values) ? parsed.values : Array.isArray(parsed?.variable) ? parsed.variable : undefined;
    if (!list) {
      errors.push(new SnipgenError(`${shown} is not a Postman environment: it has no "values" list`, 'input', { file: shown, line: 1, col: 1 }));
      continue;
    }
    for (const v of list) if (isMap(v) && typeof v.key === 'string' && v.enabled !== false && v.disabled !== true) values.set(v.key, String(v.value ?? ''));
  }
  return values;
}
