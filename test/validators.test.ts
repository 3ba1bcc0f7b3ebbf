import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { PRECOMPILED_VALIDATORS, precompiledValidatorsSource } from '../src/spec/validate.js';
import { ROOT } from './support.js';

// The standalone validators are generated from the schemas; after editing a schema run
// `npm run build && node scripts/build-validators.mjs` (until then the schema is compiled at run time).
it('schema/validators.cjs is generated from the current schemas', () => {
  expect(readFileSync(join(ROOT, PRECOMPILED_VALIDATORS), 'utf8')).toBe(precompiledValidatorsSource());
});
