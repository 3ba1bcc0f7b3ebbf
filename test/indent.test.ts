import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS, type ClientDescriptor } from '../src/clients/index.js';
import { loadConfig, type ClientOptions } from '../src/config.js';
import { formatSnippet } from '../src/render/formatter.js';
import { generate } from '../src/output/index.js';
import { PRINTERS } from '../src/lang/index.js';
import type { JsonValue } from '../src/model.js';
import { Renderer } from '../src/render/index.js';
import { refusal } from '../src/shapes.js';
import { indentUnit, reindent } from '../src/render/indent.js';
import { stringifyJson } from '../src/json.js';
import { checkSyntax, hasGrammar } from '../src/syntax/index.js';
import { GOLDEN, ROOT, SHAPES, UNSUPPORTED_GOLDEN, fixtureEndpoint, goldenPath, houseIndent, matchGolden, snippetOrRefusal } from './support.js';

/** A small JSON body (JavaScript prints it as an object literal), nested JSON with big integers, files, a body read from a file. */
const FIXTURES = ['method-post', 'body-json', 'body-multipart', 'body-binary'];

function render(client: ClientDescriptor, fixture: string, options: ClientOptions = {}, style: 'runnable' | 'reference' = 'runnable'): string {
  return new Renderer([client], [style], { clientOptions: { [client.id]: options } }).render(client, fixtureEndpoint(fixture, style));
}

/**
 * The lines of a JSON document the snippet carries as multi-line text (a Go raw string, a PHP
 * nowdoc, a Swift multi-line string, curl's --data word): data, which no indent option may touch.
 */
function jsonTextLines(code: string, fixture: string): Set<number> {
  const body = fixtureEndpoint(fixture, 'runnable').body;
  const lines = code.split('\n');
  const inside = new Set<number>();
  if (body?.kind !== 'json') return inside;
  const json = stringifyJson(body.value as JsonValue, 2).split('\n');
  // The document's first and last lines share their line with the string's quotes; the lines between are found as they are.
  const middle = json.slice(1, -1);
  for (let i = 1; i + middle.length <= lines.length; i++) {
    if (middle.every((l, k) => lines[i + k] === l)) for (let k = 0; k < middle.length; k++) inside.add(i + k);
  }
  return inside;
}

describe.each(CLIENTS.map((c) => [c.id, c] as const))('indent: %s', (id, client) => {
  const own = PRINTERS[client.printers].indent;
  const house = indentUnit(houseIndent(client))!;

  it.each(FIXTURES)('%s', async (fixture) => {
    const code = snippetOrRefusal(() => render(client, fixture, { indent: houseIndent(client) }));
    const file = goldenPath(client, 'options', `indent-${fixture}`);
    const { expected, actual } = matchGolden(file, code);
    expect(expected, `missing golden ${relative(ROOT, file)}: run npm run goldens and review the new file`).toBeDefined();
    expect(actual).toBe(expected);
    // A language without a grammar (crystal, ocaml, objc) is parsed by its compiler in verify.
    if (!code.startsWith(UNSUPPORTED_GOLDEN) && hasGrammar(client.printers)) expect(await checkSyntax(client.printers, code)).toEqual([]);

    // Every line of the snippet in the client's own indent, each level now in the house unit;
    // lines of JSON text inside a string literal stay byte for byte.
    const native = readFileSync(goldenPath(client, 'runnable', fixture), 'utf8').split('\n');
    const data = jsonTextLines(native.join('\n'), fixture);
    const lines = code.split('\n');
    expect(lines).toHaveLength(native.length);
    native.forEach((line, i) => expect(lines[i], `line ${i + 1}`).toBe(data.has(i) ? line : reindent(line, own, house)));
  });

  it('its own unit, given as the option, changes nothing; the reference style ignores the option', () => {
    const same = own === '\t' ? 'tab' : own.length;
    expect(render(client, 'body-json', { indent: same })).toBe(readFileSync(goldenPath(client, 'runnable', 'body-json'), 'utf8'));
    if (client.hasReference) expect(render(client, 'body-json', { indent: houseIndent(client) }, 'reference')).toBe(readFileSync(goldenPath(client, 'reference', 'body-json'), 'utf8'));
  });
});

describe('the indent option', () => {
  it('rewrites whole units at the start of a line and keeps the rest (alignment)', () => {
    expect(reindent('a\n    b\n        c\n     d\n\te', '    ', '  ')).toBe('a\n  b\n    c\n   d\n\te');
    expect(reindent('\t\tx\n\t y', '\t', '    ')).toBe('        x\n     y');
    expect(reindent('  x', '  ', '\t')).toBe('\tx');
  });

  it('"tab" indents with tabs, in the templates and in the literals the printers lay out', () => {
    const python = CLIENTS.find((c) => c.id === 'python/requests')!;
    const code = render(python, 'body-json', { indent: 'tab' });
    expect(code).toContain('payload = {\n\t"title": ');
    expect(code).toContain('\t"nested": {\n\t\t"list": [\n\t\t\t1,');
    expect(code).toMatch(/^\tjson=payload,$/m);
    expect(code).not.toMatch(/^ +/m);
  });

  it('is the unit a template receives as options.indent', () => {
    const ruby = CLIENTS.find((c) => c.id === 'ruby/net-http')!;
    const renderer = new Renderer([ruby], ['runnable'], { clientOptions: { [ruby.id]: { indent: 'tab' } } });
    expect(renderer.data(ruby, fixtureEndpoint('method-post', 'runnable')).options).toEqual({ timeout: null, indent: '\t' });
    expect(new Renderer([ruby], ['runnable']).data(ruby, fixtureEndpoint('method-post', 'runnable')).options.indent).toBe('  ');
  });

  it('applies to a client added without code, through the printers it borrows', () => {
    const options = { inputs: [join(SHAPES, 'body-json.yaml')], templates: join(ROOT, 'test', 'fixtures', 'custom-templates'), clients: ['python/urllib'] };
    const own = generate(options).files.find((f) => f.path.endsWith('.py'))!.content;
    const house = generate({ ...options, clientOptions: { 'python/urllib': { indent: 2 } } }).files.find((f) => f.path.endsWith('.py'))!.content;
    expect(own).toMatch(/^ {4}with urllib\.request\.urlopen\(request\) as response:$/m);
    expect(house).toBe(reindent(own, '    ', '  '));
    expect(house).not.toBe(own);
  });

  it('sets prettier\'s indent when javascript/fetch is also formatted, and stays stable', () => {
    const fetch = CLIENTS.find((c) => c.id === 'javascript/fetch')!;
    const code = render(fetch, 'method-post', { indent: 4, reformat: true });
    expect(code).toMatch(/^ {4}method: 'POST',$/m);
    expect(code).toMatch(/^ {8}name: 'widget',$/m);
    expect(formatSnippet(fetch, code, '    ')).toBe(code);
  });

  it('is checked in the config: a count from 1 to 8 or "tab"; gofmt and a space indent contradict each other', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-indent-'));
    try {
      const config = join(dir, 'snipgen.config.yaml');
      writeFileSync(config, 'clientOptions:\n  python/requests:\n    indent: 2\n  go/net-http:\n    indent: tab\n');
      expect(loadConfig(dir).clientOptions).toEqual({ 'python/requests': { indent: 2 }, 'go/net-http': { indent: 'tab' } });
      writeFileSync(config, 'clientOptions:\n  python/requests:\n    indent: 0\n  ruby/net-http:\n    indent: tabs\n');
      expect(() => loadConfig(dir)).toThrow(/snipgen\.config\.yaml:3:13: .*indent[\s\S]*snipgen\.config\.yaml:5:13: .*indent/);
      writeFileSync(config, 'clientOptions:\n  go/net-http:\n    reformat: true\n    indent: 4\n');
      expect(() => loadConfig(dir)).toThrow('snipgen.config.yaml:4:13: clientOptions.go/net-http: gofmt (reformat: true) always indents with tabs; drop indent or reformat');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
