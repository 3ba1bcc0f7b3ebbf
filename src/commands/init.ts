import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Io } from '../exit.js';
import { CLIENTS } from '../clients/index.js';
import { CONFIG_FILE } from '../config.js';
import { SnipgenError } from '../errors.js';

const EXAMPLE_SPEC = join('specs', 'example', 'get-user.yaml');

function starterConfig(): string {
  return `# snipgen configuration. Paths are relative to this file; command-line flags win over it.
# yaml-language-server: $schema=node_modules/snipgen/schema/config.schema.json

# Spec files or folders: YAML endpoint specs (OpenAPI documents and HAR files work too).
inputs:
  - specs

# Where generated snippets, docs pages and manifest.json go.
out: generated

# runnable: complete programs (the default); reference: the classic docs-page fragments.
style: runnable

# Clients to generate, in the order your docs show them (\`snipgen list\` shows all).
clients:
${CLIENTS.map((c) => `  - ${c.id}`).join('\n')}

# The client shown first.
# defaultClient: python/requests

# Your own template overrides and added clients (\`snipgen templates eject python/requests\`).
# templates: templates

# Your own Markdown/MDX pages with <!-- snipgen:start endpoint=... --> regions to fill.
# docs:
#   - docs

# Placeholders shown where a spec's auth gives none.
# placeholders:
#   token: <YOUR_API_TOKEN>

# Per-client options.
# clientOptions:
#   python/requests:
#     env: { API_TOKEN: MY_SERVICE_TOKEN }   # rename the environment variables it reads
#     timeout: 30                            # request timeout in seconds
#     indent: 2                              # spaces (1-8) or "tab", runnable style only
#     reformat: true                         # run the client's formatter (prettier, gofmt)
`;
}

const EXAMPLE = `# yaml-language-server: $schema=../../node_modules/snipgen/schema/endpoint.schema.json
id: get-user
title: Get a user
description: Returns one user by id.
method: GET
baseUrl: https://api.example.com/v1
path: /users/{userId}
pathParams:
  userId: 42
query:
  expand: [teams, roles]
auth:
  type: bearer
  env: EXAMPLE_API_TOKEN
`;

/** `snipgen init`: a commented starter config, one example spec and the cache in .gitignore; never overwrites a file. */
export function runInit(io: Io, cwd = process.cwd()): number {
  const files: Array<[string, string]> = [
    [CONFIG_FILE, starterConfig()],
    [EXAMPLE_SPEC, EXAMPLE],
  ];
  const existing = files.filter(([path]) => existsSync(join(cwd, path))).map(([path]) => path);
  if (existing.length) throw new SnipgenError(`refusing to overwrite ${existing.join(' and ')}`, 'usage');
  for (const [path, text] of files) {
    mkdirSync(dirname(join(cwd, path)), { recursive: true });
    writeFileSync(join(cwd, path), text);
    io.out(`created ${path}\n`);
  }
  // verify's build cache is the one thing snipgen keeps in the project; it never belongs in git.
  const ignore = join(cwd, '.gitignore');
  const ignored = existsSync(ignore) ? readFileSync(ignore, 'utf8') : '';
  if (!/^\/?\.snipgen-cache\/?$/m.test(ignored)) {
    appendFileSync(ignore, `${ignored && !ignored.endsWith('\n') ? '\n' : ''}.snipgen-cache/\n`);
    io.out(`${ignored ? 'added .snipgen-cache/ to' : 'created'} .gitignore\n`);
  }
  io.out('next: npx snipgen gen\n');
  return 0;
}
