// httpsnippet's side of benchmark (b): every request of a HAR file with the eight clients, written nowhere.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { CLIENTS } from './fixtures.mjs';

const { HTTPSnippet } = createRequire(import.meta.url)('httpsnippet');
const snippet = new HTTPSnippet(JSON.parse(readFileSync(process.argv[2], 'utf8')));
let count = 0;
for (const { target, client } of CLIENTS) count += snippet.convert(target, client).length;
process.stdout.write(`httpsnippet: ${count} snippets\n`);
