// Prints what CI installs for the clients: `apt` lists every Debian package the clients'
// client.yaml files name (verify.apt), `nuget` every NuGet package as "name version" lines.
// .ci/run reads it, so adding a client never means editing CI by hand. It reads the client.yaml
// files itself rather than through src/clients: CI runs it before anything is built.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

const kind = process.argv[2];
const root = new URL('../clients/', import.meta.url).pathname;
const descriptors = [];
for (const lang of readdirSync(root, { withFileTypes: true })) {
  if (!lang.isDirectory()) continue;
  for (const client of readdirSync(join(root, lang.name), { withFileTypes: true })) {
    if (!client.isDirectory()) continue;
    descriptors.push(parse(readFileSync(join(root, lang.name, client.name, 'client.yaml'), 'utf8')));
  }
}
const lines = new Set();
for (const d of descriptors) {
  if (kind === 'apt') for (const name of d.verify?.apt ?? []) lines.add(name);
  else if (kind === 'nuget') for (const p of d.verify?.packages ?? []) lines.add(`${p.name} ${p.version}`);
  else {
    console.error('usage: node scripts/ci-packages.mjs apt|nuget');
    process.exit(2);
  }
}
console.log([...lines].sort().join('\n'));
