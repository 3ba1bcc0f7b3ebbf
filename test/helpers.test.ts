import { describe, expect, it } from 'vitest';
import { commonHelpers } from '../src/render/helpers.js';

// Handlebars passes its options object as the last argument of every helper call: `and` and `or`
// must never count it as an operand.
const options = { hash: {}, data: {} };
const and = commonHelpers.and as (...args: unknown[]) => boolean;
const or = commonHelpers.or as (...args: unknown[]) => boolean;

describe('and / or', () => {
  it('combine every operand before the options object', () => {
    expect(and(1, 'x', true, options)).toBe(true);
    expect(and(1, '', true, options)).toBe(false);
    expect(and(0, options)).toBe(false);
    expect(or(0, '', null, options)).toBe(false);
    expect(or(0, '', 'y', options)).toBe(true);
    expect(or(1, options)).toBe(true);
  });

  it('treat the options object (always truthy) as no operand', () => {
    expect(and(options)).toBe(true);
    expect(or(options)).toBe(false);
  });
});
