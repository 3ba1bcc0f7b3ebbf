import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findClients } from '../../src/clients/index.js';
import { unavailable, verify, type SnippetResult } from '../../src/verify/run.js';

import { ROOT } from '../support.js';

// The curl, Postman, HAR, path-fragment and deepObject-form OpenAPI fixtures through two quick toolchains: what snipgen reads from them
// is what the snippets send. (`snipgen verify` over every client: see the README.)
const INPUTS = [
  join(ROOT, 'test', 'fixtures', 'curl', 'requests.curl'),
  join(ROOT, 'test', 'fixtures', 'postman', 'shop.postman_collection.json'),
  join(ROOT, 'test', 'fixtures', 'har', 'real-world.har'),
  join(ROOT, 'test', 'fixtures', 'openapi', 'fragments', 'openapi.yaml'),
  join(ROOT, 'test', 'fixtures', 'openapi', 'form-deep-object.yaml'),
];
const CLIENTS = ['python/requests', 'shell/curl'];
const missing = new Map<string, string | null>();
for (const client of findClients(CLIENTS)) missing.set(client.id, await unavailable(client));

let results: SnippetResult[] = [];
beforeAll(async () => {
  const available = CLIENTS.filter((id) => !missing.get(id));
  if (available.length === 0) return;
  const postmanEnv = [join(ROOT, 'test', 'fixtures', 'postman', 'staging.postman_environment.json')];
  // The HAR's two empty bodies are left out until verify compares an empty body as empty (another branch).
  const select = { only: ['*-v1-*', 'pets-*', 'admin-*', 'get-items*', 'post-upload-2', 'post-json*', '*-tags', 'describe-regions', 'search-items', 'latest-news', 'history', 'unfilled', 'create-customer'] };
  results = (await verify({ inputs: INPUTS, clients: available, styles: ['runnable'], cacheDir: join(ROOT, '.snipgen-cache', 'inputs-test'), noCache: true, postmanEnv, select })).results;
}, 600_000);

describe('verify on the curl, Postman and HAR fixtures', () => {
  for (const id of CLIENTS) {
    const reason = missing.get(id);
    it.skipIf(reason)(`${id}${reason ? ` (skipped: ${reason})` : ''}`, () => {
      const mine = results.filter((r) => r.client === id);
      // 6 curl commands, 7 Postman requests, 7 HAR entries (an upload whose content the HAR holds among them),
      // 7 OpenAPI operations with a fragment or a query string in the path key, 1 form with deepObject fields.
      expect(mine).toHaveLength(28);
      expect(mine.filter((r) => r.status !== 'passed').map((r) => [`${r.endpoint}: ${r.status} ${r.reason}`, ...r.detail].join('\n'))).toEqual([]);
    });
  }
});
