import { describe, expect, it } from 'vitest';
import { literalSource } from '../src/prebuilt.js';
import { YamlSource } from '../src/spec/yaml-source.js';

describe('literalSource (how dist/prebuilt.cjs writes a parsed client.yaml)', () => {
  it('evaluates to a value equal to the YAML it was made from, own keys, bigints and nulls included', () => {
    const { source } = YamlSource.parse('client.yaml', 'a:\n  __proto__: 1\n  "x\\"y": [1, 9007199254740993, null, true, "é"]\nb: ~\n');
    const value = source.toJS() as Record<string, Record<string, unknown>>;
    const copy = new Function(`return ${literalSource(value)}`)() as typeof value;
    expect(copy).toStrictEqual(value);
    expect(Object.hasOwn(copy.a!, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(copy.a!['x"y']).toEqual([1n, 9007199254740993n, null, true, 'é']);
  });
});
