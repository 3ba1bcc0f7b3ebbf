import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { LANGUAGES } from '../src/clients/types.js';
import { PRINTERS } from '../src/lang/index.js';
import { builtinTemplates, templateFile } from '../src/render/index.js';
import { GOLDEN, ROOT, STYLES, goldenPath, shapeFixtures } from './support.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('completeness', () => {
  it('every client has a template per style and literal printers for its language', () => {
    for (const client of CLIENTS) {
      for (const style of STYLES) expect(existsSync(templateFile(client, style)), templateFile(client, style)).toBe(true);
      expect(PRINTERS[client.language], client.language).toBeDefined();
    }
  });

  it('client ids are unique and spelled language/client', () => {
    const ids = CLIENTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CLIENTS) {
      expect(c.id).toBe(`${c.language}/${c.client}`);
      expect(LANGUAGES).toContain(c.language);
      expect(c.client).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('no template is orphaned', () => {
    const expected = new Set(CLIENTS.flatMap((c) => STYLES.map((s) => templateFile(c, s))));
    const orphans = filesUnder(builtinTemplates()).filter((f) => !expected.has(f) && !/[\\/]_[^\\/]+\.hbs$/.test(f));
    expect(orphans.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('every client has a golden for every fixture in every style, and no golden is orphaned', () => {
    const expected = new Set(CLIENTS.flatMap((c) => STYLES.flatMap((s) => shapeFixtures().map((f) => goldenPath(c, s, f)))));
    // Only the shape goldens (one folder per style); test/golden/formats and github belong to their own tests.
    const present = new Set(STYLES.flatMap((style) => filesUnder(join(GOLDEN, style))));
    expect([...expected].filter((f) => !present.has(f)).map((f) => relative(ROOT, f))).toEqual([]);
    expect([...present].filter((f) => !expected.has(f)).map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('templates never write a quote character around a value', () => {
    // A `"{{` or `'{{` means the template quotes a value itself instead of calling a literal helper.
    for (const file of filesUnder(builtinTemplates())) {
      const text = readFileSync(file, 'utf8');
      const offending = text.split('\n').map((line, i) => [i + 1, line] as const).filter(([, line]) => /["'`]\{\{(?!!)/.test(line) || /\}\}["'`]/.test(line));
      expect(offending.map(([n, l]) => `${relative(ROOT, file)}:${n}: ${l.trim()}`)).toEqual([]);
    }
  });
});

