// Part of `npm run build`, after tsc: writes dist/prebuilt.cjs, every built-in client's
// descriptor parsed and templates precompiled (src/prebuilt.ts says why and how it stays right).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordPrebuilt, prebuiltSource, PREBUILT } from '../dist/src/prebuilt.js';
import { builtinClientsFolder, loadClients } from '../dist/src/clients/index.js';
import { Renderer } from '../dist/src/render/index.js';
import { packageRoot } from '../dist/src/paths.js';

recordPrebuilt();
new Renderer(loadClients(builtinClientsFolder(), true), ['runnable', 'reference']);
writeFileSync(join(packageRoot(), PREBUILT), prebuiltSource());
