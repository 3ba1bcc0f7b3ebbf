import { refusal } from '../../src/shapes.js';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CLIENTS } from '../../src/clients/index.js';
import type { Endpoint, Style } from '../../src/model.js';
import { buildEndpoints, loadSpecs, type SpecEntry } from '../../src/input/load.js';
import { checkSyntax, hasGrammar } from '../../src/syntax/index.js';
import { existsSync, readFileSync } from 'node:fs';
import type { ClientDescriptor } from '../../src/clients/index.js';
import { SnipgenError } from '../../src/errors.js';
import { ROOT, STYLES, UNSUPPORTED_GOLDEN, goldenPath, matchGolden, rendererFor, shapeFixtures } from '../support.js';

/** A refusal's message with its quoted particulars (file names, endpoint ids) left out. */
const refusalKind = (message: string) => message.replace(/"[^"]*"/g, '""');

/**
 * The kinds of refusal a client's shape goldens record (reviewed there): an operation here may be
 * refused only for one of those (http/1.1 cannot write an uploaded file's bytes into a message).
 */
function reviewedRefusals(client: ClientDescriptor): Set<string> {
  return new Set(
    shapeFixtures()
      // A new fixture's golden is missing until `npm run goldens` writes it, in another test file of the same run.
      .flatMap((f) => (existsSync(goldenPath(client, 'runnable', f)) ? [readFileSync(goldenPath(client, 'runnable', f), 'utf8')] : []))
      .filter((g) => g.startsWith(UNSUPPORTED_GOLDEN))
      .map((g) => refusalKind(g.slice(UNSUPPORTED_GOLDEN.length).trim())),
  );
}

/** The snippet, or the refusal as its golden records it. */
function renderOrRefusal(client: ClientDescriptor, endpoint: Endpoint): string {
  try {
    return rendererFor(client).render(client, endpoint);
  } catch (e) {
    if (e instanceof SnipgenError && e.code === 'unsupported') return `${UNSUPPORTED_GOLDEN}${e.message}\n`;
    throw e;
  }
}

// GitHub's REST API description (@octokit/openapi, about 1,200 operations) through the whole
// pipeline in this one process: import, normalise in both styles, render with every client, and
// parse every snippet with tree-sitter.
const GITHUB = join(dirname(createRequire(import.meta.url).resolve('@octokit/openapi/package.json')), 'generated', 'api.github.com.json');
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** A GET with path and query parameters, a JSON body, a text body and a binary upload. */
const GOLDEN_OPERATIONS = ['repos-list-for-org', 'issues-create', 'markdown-render-raw', 'repos-upload-release-asset'];

let entries: SpecEntry[];
const endpoints = new Map<Style, Endpoint[]>();

beforeAll(async () => {
  entries = loadSpecs([GITHUB], ROOT);
  for (const style of STYLES) endpoints.set(style, buildEndpoints(entries, { style }));
}, 600_000);

describe('GitHub REST API description', () => {
  it('imports every operation, once, with warnings only for the release asset upload\'s file', async () => {
    const { readFile } = await import('node:fs/promises');
    const doc = JSON.parse(await readFile(GITHUB, 'utf8')) as { paths: Record<string, Record<string, unknown>> };
    const operations = Object.values(doc.paths).flatMap((item) => Object.keys(item).filter((k) => METHODS.includes(k)));
    expect(entries).toHaveLength(operations.length);
    expect(new Set(entries.map((e) => e.raw.id)).size).toBe(entries.length);
    expect(entries.flatMap((e) => e.warnings ?? []).map((w) => w.message)).toEqual([
      'operation repos/upload-release-asset: the request body is a file the document cannot supply: the snippet reads body.bin from the folder it runs in (put the file there)',
    ]);
  });

  describe.each(CLIENTS.map((c) => [c.id, c] as const))('%s', (_id, client) => {
    it('renders every operation in both styles, and every snippet parses', async () => {
      const renderer = rendererFor(client);
      const reviewed = reviewedRefusals(client);
      const failures: string[] = [];
      for (const style of STYLES) {
        for (const endpoint of endpoints.get(style)!) {
          // Refused by name in the client's descriptor (a browser cannot read a file): no snippet to parse.
          if (refusal(client, endpoint)) continue;
          let code: string;
          try {
            code = renderer.render(client, endpoint);
          } catch (e) {
            const refused = e instanceof SnipgenError && e.code === 'unsupported' && reviewed.has(refusalKind(e.message));
            if (!refused) failures.push(`${style} ${endpoint.id}: ${(e as Error).message}`);
            continue;
          }
          // A language without a grammar (crystal, ocaml, objc) is parsed by its compiler in verify.
          if (hasGrammar(client.printers)) for (const p of await checkSyntax(client.printers, code)) failures.push(`${style} ${endpoint.id}:${p.line}:${p.col}: ${p.message}`);
        }
      }
      expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
    }, 600_000);

    it.each(GOLDEN_OPERATIONS)('golden %s', (id) => {
      const endpoint = endpoints.get('runnable')!.find((e) => e.id === id);
      expect(endpoint, `no operation ${id}`).toBeDefined();
      if (refusal(client, endpoint!)) return;
      const file = goldenPath(client, 'github', id);
      const { expected, actual } = matchGolden(file, renderOrRefusal(client, endpoint!));
      expect(expected, `missing golden ${relative(ROOT, file)}: run npm run goldens and review it`).toBeDefined();
      expect(actual).toBe(expected);
    });
  });
});
