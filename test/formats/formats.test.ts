import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { validate } from '@readme/openapi-parser';
import { describe, expect, it } from 'vitest';
import type { ClientDescriptor } from '../../src/clients/index.js';
import type { SnipgenError } from '../../src/errors.js';
import { generate } from '../../src/output/index.js';
import { FORMATS, parseFormats, planFormats, type RenderedEndpoint } from '../../src/output/formats/index.js';
import { buildEndpoints, loadSpecs } from '../../src/input/load.js';
import { GOLDEN, ROOT, matchGolden } from '../support.js';

const OPENAPI = join(ROOT, 'test', 'fixtures', 'openapi');
const FORMATS_GOLDEN = join(GOLDEN, 'formats');
// Fixed descriptors (a client's library version may change without touching these formats).
const python: ClientDescriptor = {
  id: 'python/requests',
  language: 'python',
  client: 'requests',
  title: 'Python (requests)',
  fence: 'python',
  extension: '.py',
  library: { name: 'requests', version: '2.28', install: 'pip install requests' },
  fixes: '',
};
const curl: ClientDescriptor = {
  id: 'shell/curl',
  language: 'shell',
  client: 'curl',
  title: 'Shell (curl)',
  fence: 'bash',
  extension: '.sh',
  library: { name: 'curl', version: '7.88', install: null },
  fixes: '',
};

/**
 * Fixed code instead of rendered templates, so these goldens test the formats alone: the code has
 * a fence inside (the block must outgrow it) and braces and angle brackets (MDX must keep them).
 */
function rendered(file: string, ids: readonly string[], style: 'runnable' | 'reference'): RenderedEndpoint[] {
  const entries = loadSpecs([join(OPENAPI, file)], ROOT).filter((e) => ids.includes(e.raw.id));
  return buildEndpoints(entries, { style }).map((endpoint, i) => ({
    endpoint,
    origin: entries[i]!.origin,
    snippets: [
      { client: python, code: `# ${endpoint.method} ${endpoint.urlWithoutQuery}\nprint("""\n\`\`\`\n{<b>}\n""")\n` },
      { client: curl, code: `curl -X ${endpoint.method} '${endpoint.urlWithoutQuery}'\n` },
    ],
  }));
}

function plan(file: string, ids: readonly string[], style: 'runnable' | 'reference' = 'runnable') {
  const warnings: SnipgenError[] = [];
  const planned = planFormats(rendered(file, ids, style), FORMATS, warnings);
  return { files: [...planned.pages, ...planned.outputs], warnings };
}

describe('output formats (goldens under test/golden/formats)', () => {
  const runnable = plan('petstore.yaml', ['list-pets', 'upload-photo']);
  const reference = plan('petstore.yaml', ['create-pet'], 'reference');
  const cases = [
    ...runnable.files.map((f) => ['runnable', f.file, f.content] as const),
    ...reference.files.map((f) => ['reference', f.file, f.content] as const),
  ];

  it.each(cases)('%s %s', (style, file, content) => {
    const golden = join(FORMATS_GOLDEN, style, file);
    const { expected, actual } = matchGolden(golden, content);
    expect(expected, `missing golden ${relative(ROOT, golden)}: run npm run goldens and review it`).toBeDefined();
    expect(actual).toBe(expected);
  });

  it('every format is planned, with no warnings', () => {
    expect(new Set(runnable.files.map((f) => f.file))).toEqual(
      new Set(['list-pets.md', 'docusaurus/list-pets.mdx', 'mintlify/list-pets.mdx', 'upload-photo.md', 'docusaurus/upload-photo.mdx', 'mintlify/upload-photo.mdx', 'snippets.json', 'openapi/petstore.yaml', 'llms-full.txt']),
    );
    expect(runnable.warnings).toEqual([]);
  });

  it('rejects an unknown format with a suggestion', () => {
    expect(() => parseFormats(['markdown', 'mdx-docusarus'])).toThrow('unknown format "mdx-docusarus" (did you mean "mdx-docusaurus"?)');
    expect(parseFormats(['llms-full', 'markdown', 'llms-full'])).toEqual(['llms-full', 'markdown']);
  });
});

describe('the OpenAPI document with x-codeSamples', () => {
  const write = (file: string, content: string) => {
    const path = join(mkdtempSync(join(tmpdir(), 'snipgen-openapi-')), file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };

  it.each([
    ['petstore.yaml', 'openapi/petstore.yaml'],
    ['swagger.yaml', 'openapi/swagger.yaml'],
    ['split/openapi.json', 'openapi/openapi.json'],
  ])('%s: a new file in the source format that validates, with a sample per client on each operation', async (input, output) => {
    const ids = loadSpecs([join(OPENAPI, input)], ROOT).map((e) => e.raw.id);
    const file = plan(input, ids).files.find((f) => f.file === output)!;
    expect(file, `no ${output} planned`).toBeDefined();
    const path = write(output, file.content);
    const result = await validate(path);
    expect(result.valid ? [] : result.errors.map((e) => e.message)).toEqual([]);
    const parsed = input.endsWith('.json') ? JSON.parse(file.content) : (await import('yaml')).parse(file.content);
    const operations = Object.values(parsed.paths as Record<string, Record<string, { 'x-codeSamples'?: unknown[] }>>).flatMap((item) =>
      Object.entries(item)
        .filter(([key]) => ['get', 'put', 'post', 'delete', 'patch'].includes(key))
        .map(([, op]) => op),
    );
    expect(operations).toHaveLength(ids.length);
    for (const op of operations) {
      expect(op['x-codeSamples']).toEqual([
        { lang: 'Python', label: 'Python (requests)', source: expect.stringContaining('print(') },
        { lang: 'Shell', label: 'Shell (curl)', source: expect.stringContaining('curl -X') },
      ]);
    }
  });

  it('a document with external $refs is written bundled, so it stands alone in the output folder', () => {
    const file = plan('split/openapi.json', ['create-user', 'put-avatar']).files.find((f) => f.file === 'openapi/openapi.json')!;
    expect(file.content).not.toContain('schemas.yaml');
  });
});

describe('generate with formats', () => {
  it('lists every page and output file in the manifest, with its format', () => {
    const generation = generate({ inputs: [join(OPENAPI, 'petstore.yaml')], clients: ['python/requests'], formats: ['markdown', 'mdx-mintlify', 'snippets-json', 'openapi', 'llms-full'] });
    const manifest = JSON.parse(generation.files.find((f) => f.path === 'manifest.json')!.content);
    expect(manifest.pages.slice(0, 2)).toEqual([
      { endpoint: 'list-pets', file: 'list-pets.md' },
      { endpoint: 'list-pets', file: 'mintlify/list-pets.mdx', format: 'mdx-mintlify' },
    ]);
    expect(manifest.outputs).toEqual([
      { format: 'snippets-json', file: 'snippets.json' },
      { format: 'openapi', file: 'openapi/petstore.yaml' },
      { format: 'llms-full', file: 'llms-full.txt' },
    ]);
    const paths = new Set(generation.files.map((f) => f.path));
    for (const entry of [...manifest.snippets, ...manifest.pages, ...manifest.outputs]) expect(paths.has(entry.file)).toBe(true);
    expect(generation.warnings.map((w) => w.message)).toContain(
      'operation uploadPhoto: the file part photo is a file the document cannot supply: the snippet reads photo.png from the folder it runs in (put the file there)',
    );
  });
});

describe('the docs page shows characters a reader cannot see', () => {
  it('as escapes in the request table and the JSON body (the same JSON document), never raw', () => {
    const { files } = generate({ inputs: [join(ROOT, 'test', 'fixtures', 'shapes', 'hostile-invisible.yaml')], clients: ['python/requests'] });
    const page = files.find((f) => f.path === 'hostile-invisible.md')!.content;
    const request = page.slice(page.indexOf('## Request'), page.indexOf('## SDK Code Examples'));
    expect(request).toContain('`x\\u2066y\\u2069z`');
    expect(request).toContain('"rtl": "abc\\u202edef"');
    expect(request).toContain('c\\udb40\\udc41d');
    expect(request).not.toMatch(/[\p{Cf}\u00a0\u3164]/u);
    const json = request.slice(request.indexOf('```json') + 8, request.lastIndexOf('```'));
    expect(JSON.parse(json)).toEqual({ rtl: 'abc\u202edef', 'zero\u200bwidth': 'a\ufeffb\u00a0c\u{e0041}d\u3164e' });
  });
});
