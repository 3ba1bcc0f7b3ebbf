import { cRunner } from './c.js';
import { clojureRunner } from './clojure.js';
import { browserRunner } from './browser.js';
import { commandRunner } from './command.js';
import { crystalRunner } from './crystal.js';
import { csharpRunner } from './csharp.js';
import { goRunner } from './go.js';
import { haskellRunner } from './haskell.js';
import { httpRunner } from './http.js';
import { httpieRunner } from './httpie.js';
import { javaRunner } from './java.js';
import { javascriptRunner } from './javascript.js';
import { npmRunner } from './npm.js';
import { kotlinRunner } from './kotlin.js';
import { objcRunner } from './objc.js';
import { ocamlRunner } from './ocaml.js';
import { perlRunner } from './perl.js';
import { phpRunner } from './php.js';
import { powershellRunner } from './powershell.js';
import { pythonRunner } from './python.js';
import { rRunner } from './r.js';
import { rubyRunner } from './ruby.js';
import { rustRunner } from './rust.js';
import { shellRunner } from './shell.js';
import { swiftRunner } from './swift.js';
import type { Runner } from './types.js';

export const RUNNERS: Record<string, Runner> = {
  python: pythonRunner,
  javascript: javascriptRunner,
  npm: npmRunner,
  go: goRunner,
  java: javaRunner,
  csharp: csharpRunner,
  crystal: crystalRunner,
  ocaml: ocamlRunner,
  objc: objcRunner,
  ruby: rubyRunner,
  perl: perlRunner,
  php: phpRunner,
  powershell: powershellRunner,
  r: rRunner,
  shell: shellRunner,
  httpie: httpieRunner,
  http: httpRunner,
  swift: swiftRunner,
  c: cRunner,
  rust: rustRunner,
  haskell: haskellRunner,
  kotlin: kotlinRunner,
  clojure: clojureRunner,
  command: commandRunner,
  browser: browserRunner,
};
