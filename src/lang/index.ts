import { c } from './c.js';
import { clojure } from './clojure.js';
import { crystal } from './crystal.js';
import { csharp } from './csharp.js';
import { go } from './go.js';
import { haskell } from './haskell.js';
import { java } from './java.js';
import { javascript } from './javascript.js';
import { kotlin } from './kotlin.js';
import { perl } from './perl.js';
import { objc } from './objc.js';
import { ocaml } from './ocaml.js';
import { php } from './php.js';
import { powershell } from './powershell.js';
import { python } from './python.js';
import { r } from './r.js';
import { ruby } from './ruby.js';
import { rust } from './rust.js';
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
  perl,
  csharp,
  crystal,
  ocaml,
  objc,
  swift,
  shell,
  c,
  rust,
  haskell,
  powershell,
  r,
  kotlin,
  clojure,
};
export type { LanguagePrinter } from './shared.js';
