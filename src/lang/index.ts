import { csharp } from './csharp.js';
import { go } from './go.js';
import { restyHelpers } from './go-resty.js';
import { http } from './http.js';
import { java } from './java.js';
import { javascript } from './javascript.js';
import { php } from './php.js';
import { python } from './python.js';
import { ruby } from './ruby.js';
import type { LanguagePrinter } from './shared.js';
import { shell } from './shell.js';
import { httpieHelpers } from './shell-httpie.js';
import { wgetHelpers } from './shell-wget.js';
import { swift } from './swift.js';

/** Each language's literal printers; the render stage binds them as that language's helpers. */
export const PRINTERS: Record<string, LanguagePrinter> = {
  python,
  javascript,
  go: { ...go, helpers: { ...go.helpers, ...restyHelpers } },
  ruby,
  java,
  php,
  csharp,
  swift,
  http,
  // Every shell client's helpers share one environment, each named after its client.
  shell: { ...shell, helpers: { ...shell.helpers, ...httpieHelpers, ...wgetHelpers } },
};
export type { LanguagePrinter } from './shared.js';
