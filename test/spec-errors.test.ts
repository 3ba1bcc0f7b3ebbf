import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SnipgenErrors } from '../src/errors.js';
import { loadSpecs } from '../src/input/load.js';
import { ROOT } from './support.js';

const INVALID = join(ROOT, 'test', 'fixtures', 'invalid');

function problems(file: string): string[] {
  try {
    loadSpecs([join(INVALID, file)], ROOT);
  } catch (e) {
    if (e instanceof SnipgenErrors) return e.errors.map((x) => x.format());
    throw e;
  }
  throw new Error(`${file} loaded without errors`);
}

describe('spec errors are located and explained', () => {
  it('YAML syntax error', () => {
    expect(problems('yaml-syntax.yaml')).toEqual([
      'test/fixtures/invalid/yaml-syntax.yaml:6:1: YAML: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('unknown field, with a suggestion', () => {
    expect(problems('unknown-field.yaml')).toEqual([
      'test/fixtures/invalid/unknown-field.yaml:5:1: unknown field "heders" in endpoint (did you mean "headers"?)',
    ]);
  });

  it('wrong types', () => {
    expect(problems('wrong-type.yaml')).toEqual([
      'test/fixtures/invalid/wrong-type.yaml:5:8: query must be a map or a list',
      'test/fixtures/invalid/wrong-type.yaml:7:6: pathParams.x must be a string, a number or a boolean',
    ]);
  });

  it('missing required field', () => {
    expect(problems('missing-field.yaml')).toEqual(['test/fixtures/invalid/missing-field.yaml:1:1: missing required field "method" in endpoint']);
  });

  it('an id that would escape the output folder', () => {
    expect(problems('escape.yaml')[0]).toMatch(/^test\/fixtures\/invalid\/escape.yaml:1:5: id "\.\.\/outside" is not valid/);
  });

  it('path parameters, duplicates, bodies, headers, cookies and files, all in one run', () => {
    expect(problems('semantic.yaml')).toEqual([
      'test/fixtures/invalid/semantic.yaml:4:9: path parameter {item} has no value: add it under pathParams',
      'test/fixtures/invalid/semantic.yaml:7:13: pathParams.unused is not used in path "/users/{user}/items/{item}"',
      'test/fixtures/invalid/semantic.yaml:8:7: duplicate endpoint id "no-path-value" (first defined at test/fixtures/invalid/semantic.yaml:1:7)',
      'test/fixtures/invalid/semantic.yaml:13:5: headers: "Bad Header" is not a valid name (letters, digits and !#$%&\'*+.^_`|~- only)',
      'test/fixtures/invalid/semantic.yaml:15:5: body has json and text: give exactly one',
      `test/fixtures/invalid/semantic.yaml:23:26: file "no/such/file.bin" not found (looked in ${join(INVALID, 'no', 'such')}; paths are relative to the spec file)`,
      'test/fixtures/invalid/semantic.yaml:24:9: a multipart part needs exactly one of value and file',
      'test/fixtures/invalid/semantic.yaml:30:5: a Cookie header and cookies (or an API key in a cookie) cannot be combined: put every cookie under cookies',
    ]);
  });

  it('every file\'s problems are reported together, sorted by place', () => {
    try {
      loadSpecs([INVALID], ROOT);
      expect.unreachable();
    } catch (e) {
      const lines = (e as SnipgenErrors).errors.map((x) => x.format());
      expect(lines).toHaveLength(14);
      expect(new Set(lines.map((l) => l.split(':')[0])).size).toBe(6);
    }
  });
});
