// Regenerates schema/validators.cjs, the standalone validators for schema/*.schema.json (run after
// editing a schema; test/validators.test.ts fails when the file is out of date).
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_VALIDATORS, precompiledValidatorsSource } from '../dist/src/spec/validate.js';

writeFileSync(new URL(`../${PRECOMPILED_VALIDATORS}`, import.meta.url), precompiledValidatorsSource());
