import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PAGE_CLIENTS } from '../src/clients/index.js';
import { generate } from '../src/output/index.js';
import { ROOT } from './support.js';

/** The fenced code blocks of a Markdown page, as [tag, code] pairs. */
function codeBlocks(page: string): Array<[string, string]> {
  return [...page.matchAll(/^```(\w+)\n([\s\S]*?)\n```$/gm)].map((m) => [m[1]!, m[2]!]);
}

// The unchanged copy of the real docs page the project started from.
const reference = readFileSync(join(ROOT, 'test', 'fixtures', 'reference', 'openrouter-create-key.txt'), 'utf8');

describe('reference page (POST /keys)', () => {
  const generation = generate({ inputs: [join(ROOT, 'specs', 'openrouter', 'create-key.yaml')], style: 'reference' });

  it('the fixture is the page with eight code blocks', () => {
    expect(codeBlocks(reference)).toHaveLength(8);
  });

  it('the eight snippets are the page\'s code blocks byte for byte, in its order, with its fence tags', () => {
    const expected = codeBlocks(reference);
    const actual = REFERENCE_PAGE_CLIENTS.map((id) => {
      const client = generation.run.clients.find((c) => c.id === id)!;
      const file = generation.files.find((f) => f.path === `create-key/${client.language}-${client.client}${client.extension}`)!;
      return [client.fence, file.content.replace(/\n$/, '')];
    });
    expect(actual).toEqual(expected);
  });

  it('the docs page has the page\'s shape: front matter, the heading, the eight blocks contiguous and first', () => {
    const page = generation.files.find((f) => f.path === 'create-key.md')!.content;
    expect(page).toMatch(/^---\ntitle: "Create API key"\ndescription: ".+"\n---\n\n## SDK Code Examples\n\n```python\n/);
    const referenceBlocks = reference.slice(reference.indexOf('```python'), reference.lastIndexOf('```') + 3);
    expect(page).toContain(referenceBlocks + '\n');
    expect(codeBlocks(page).slice(0, 8)).toEqual(codeBlocks(reference));
    expect(codeBlocks(page).at(-1)![0]).toBe('bash');
  });
});
