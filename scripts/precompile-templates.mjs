// Keeps the built-in templates' generated code beside the compiled renderer (part of `npm run
// build`), so a run does not parse them. A template edited since is compiled when it is used.
import { writeFileSync } from 'node:fs';
import { CLIENTS } from '../dist/src/clients/index.js';
import { precompileTemplates } from '../dist/src/render/index.js';
import { PRECOMPILED_TEMPLATES } from '../dist/src/render/precompiled.js';

writeFileSync(PRECOMPILED_TEMPLATES, JSON.stringify(precompileTemplates(CLIENTS)));
