import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS, REFERENCE_PAGE_CLIENTS, builtinClientsFolder } from '../src/clients/index.js';
import { PRINTERS } from '../src/lang/index.js';
import { templateFileName, templateFor } from '../src/render/index.js';
import { ROOT, STYLES, goldenPath, shapeFixtures, stylesOf } from './support.js';

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

describe('completeness', () => {
  it('every client has its templates and literal printers', () => {
    for (const client of CLIENTS) {
      for (const style of stylesOf(client)) expect(templateFor(client, style), `${client.id} ${style}`).toBe(join(client.dir, templateFileName(style)));
      expect(PRINTERS[client.printers], client.printers).toBeDefined();
    }
  });

  it('client ids are unique and spelled language/client, and the reference page has its eight', () => {
    const ids = CLIENTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of CLIENTS) {
      expect(c.id).toBe(`${c.language}/${c.client}`);
      // As the loader takes them (src/clients/index.ts): a dot may stand anywhere (http/1.1).
      expect(c.client).toMatch(/^[a-z0-9.]+(-[a-z0-9.]+)*$/);
    }
    expect(REFERENCE_PAGE_CLIENTS).toEqual(['python/requests', 'javascript/fetch', 'go/net-http', 'ruby/net-http', 'java/unirest', 'php/guzzle', 'csharp/restsharp', 'swift/urlsession']);
    expect(CLIENTS.at(-1)!.id).toBe('shell/curl');
  });

  it('a client folder holds only its descriptor, its templates and its goldens', () => {
    const known = /^(client\.yaml|runnable\.hbs|reference\.hbs|golden\/(runnable|reference|options|github)\/[^/]+)$/;
    for (const client of CLIENTS) {
      const stray = filesUnder(client.dir).map((f) => relative(client.dir, f)).filter((f) => !known.test(f));
      expect(stray, client.id).toEqual([]);
    }
    const folders = readdirSync(builtinClientsFolder(), { withFileTypes: true }).flatMap((language) =>
      language.isDirectory() ? readdirSync(join(builtinClientsFolder(), language.name), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `${language.name}/${e.name}`) : [],
    );
    expect(folders.sort()).toEqual(CLIENTS.map((c) => c.id).sort());
  });

  it('every client has a golden for every fixture in every style it has, and no golden is orphaned', () => {
    for (const client of CLIENTS) {
      const expected = new Set(stylesOf(client).flatMap((s) => shapeFixtures().map((f) => goldenPath(client, s, f))));
      const present = new Set(STYLES.flatMap((style) => filesUnder(join(client.dir, 'golden', style))));
      expect([...expected].filter((f) => !present.has(f)).map((f) => relative(ROOT, f)), `${client.id}: missing (run npm run goldens)`).toEqual([]);
      expect([...present].filter((f) => !expected.has(f)).map((f) => relative(ROOT, f)), `${client.id}: orphaned`).toEqual([]);
    }
  });

  it('templates never write a quote character around a value', () => {
    // A `"{{` or `'{{` means the template quotes a value itself instead of calling a literal helper.
    for (const file of filesUnder(builtinClientsFolder()).filter((f) => f.endsWith('.hbs'))) {
      const text = readFileSync(file, 'utf8');
      const offending = text.split('\n').map((line, i) => [i + 1, line] as const).filter(([, line]) => /["'`]\{\{(?!!)/.test(line) || /\}\}["'`]/.test(line));
      expect(offending.map(([n, l]) => `${relative(ROOT, file)}:${n}: ${l.trim()}`)).toEqual([]);
    }
  });
});

