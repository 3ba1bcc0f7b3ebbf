// Refreshes the README's generated tables from the client registry (test/readme.test.ts fails when they drift).
import { readFileSync, writeFileSync } from 'node:fs';
import { clientsMarkdown, fixesMarkdown } from '../dist/src/commands/list.js';

const file = new URL('../README.md', import.meta.url);
let text = readFileSync(file, 'utf8');
for (const [name, content] of [['clients-table', clientsMarkdown()], ['fixes-table', fixesMarkdown()]]) {
  text = text.replace(new RegExp(`(<!-- ${name}:start -->\\n)[\\s\\S]*?(<!-- ${name}:end -->)`), `$1${content}$2`);
}
writeFileSync(file, text);
