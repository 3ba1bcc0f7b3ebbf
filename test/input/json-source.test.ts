import { describe, expect, it } from 'vitest';
import { JsonSource } from '../../src/input/json-source.js';

// JsonSource finds positions by scanning the text; every located error of a HAR or JSON OpenAPI
// file goes through it, so the tricky spellings of JSON are pinned here.
const TEXT = [
  '{',
  '  "plain": 1,',
  '  "with \\"quote\\"": [true, "tail\\\\", {"deep": null}],',
  '  "a/b~c": {"x": "\\\\\\"", "y": -1.5e3},',
  '  "\\u00e9t\\u00e9": "summer",',
  '  "last": [ ]',
  '}',
].join('\n');

function at(path: (string | number)[], depth = 3): string {
  const { line, col } = new JsonSource('doc.json', TEXT, depth).locate(path);
  return `${line}:${col}`;
}

describe('JsonSource', () => {
  it('locates values under plain keys, escaped keys and array indexes', () => {
    expect(at([])).toBe('1:1');
    expect(at(['plain'])).toBe('2:12');
    expect(at(['with "quote"'])).toBe('3:21');
    expect(at(['with "quote"', 1])).toBe('3:28');
    expect(at(['with "quote"', 2, 'deep'])).toBe('3:47');
    expect(at(['été'])).toBe('5:20');
    expect(at(['a/b~c'])).toBe('4:12');
    expect(at(['last'])).toBe('6:11');
  });

  it('skips strings that end in escaped backslashes and quotes', () => {
    expect(at(['a/b~c', 'y'])).toBe('4:31');
  });

  it('gives the same answers whatever depth it indexes to', () => {
    for (const path of [['plain'], ['with "quote"', 2, 'deep'], ['a/b~c', 'y'], ['été']]) {
      expect(at(path, 0)).toBe(at(path, 3));
    }
  });

  it('falls back to the nearest existing ancestor', () => {
    expect(at(['a/b~c', 'missing'])).toBe(at(['a/b~c']));
    expect(at(['with "quote"', 7])).toBe(at(['with "quote"']));
    expect(at(['nowhere', 'at', 'all'])).toBe('1:1');
  });
});
