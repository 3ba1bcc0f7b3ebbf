import { browser } from './browser.js';
import { csharp } from './csharp.js';
import { elixir } from './elixir.js';
import { go } from './go.js';
import { java } from './java.js';
import { javascript } from './javascript.js';
import { lua } from './lua.js';
import { php } from './php.js';
import { python } from './python.js';
import { ruby } from './ruby.js';
import type { LanguagePrinter } from './shared.js';
import { shell } from './shell.js';
import { swift } from './swift.js';

/** Each language's literal printers; the render stage binds them as that language's helpers. */
export const PRINTERS: Record<string, LanguagePrinter> = {
  python,
  javascript,
  go,
  ruby,
  java,
  php,
  csharp,
  swift,
  shell,
  browser,
  lua,
  elixir,
};
export type { LanguagePrinter } from './shared.js';
