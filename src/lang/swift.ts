import type { JsonValue, Value } from '../model.js';
import type { LanguagePrinter } from './shared.js';

// SCAFFOLD: replaced by the swift clients' work; not escaping-correct yet.
const str = (text: string) => JSON.stringify(text);
export const swift: LanguagePrinter = {
  str,
  lit: (value: JsonValue) => JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? Number(v) : v)),
  expr: (value: Value) => str(value.text),
};
