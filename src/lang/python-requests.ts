import type { Value } from '../model.js';
import { header } from './python.js';

export const requestsHelpers = {
  /** The reference style prints every header value as a literal. */
  headerLiteral: (value: Value) => header({ text: value.text, parts: [{ kind: 'literal', text: value.text }], isLiteral: true }),
};
