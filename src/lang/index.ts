import type { Language } from '../clients/types.js';
import { python } from './python.js';
import type { LanguagePrinter } from './shared.js';

/** Each language's literal printers; the render stage binds them as that language's helpers. */
export const PRINTERS: Partial<Record<Language, LanguagePrinter>> = {
  python,
};
export type { LanguagePrinter } from './shared.js';
