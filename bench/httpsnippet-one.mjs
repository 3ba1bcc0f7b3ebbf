// httpsnippet's side of benchmark (c): one request (a HAR request in a JSON file) as one Python snippet.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const { HTTPSnippet } = createRequire(import.meta.url)('httpsnippet');
process.stdout.write(new HTTPSnippet(JSON.parse(readFileSync(process.argv[2], 'utf8'))).convert('python', 'requests'));
