import { describe, expect, it } from 'vitest';
import { encodePathText } from '../src/encoding.js';

describe('encodePathText', () => {
  it('encodes what a browser encodes in a path (outside ASCII, " < > ` ^ |) as UTF-8, and keeps the rest and %XX as written', () => {
    expect(encodePathText('/café/☕/😀')).toBe('/caf%C3%A9/%E2%98%95/%F0%9F%98%80');
    expect(encodePathText('"<>`^|')).toBe('%22%3C%3E%60%5E%7C');
    expect(encodePathText("/a%20b/~!$&'()*+,;=:@-._")).toBe("/a%20b/~!$&'()*+,;=:@-._");
  });
});
