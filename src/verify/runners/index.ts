import { commandRunner } from './command.js';
import { crystalRunner } from './crystal.js';
import { csharpRunner } from './csharp.js';
import { goRunner } from './go.js';
import { javaRunner } from './java.js';
import { javascriptRunner } from './javascript.js';
import { objcRunner } from './objc.js';
import { ocamlRunner } from './ocaml.js';
import { phpRunner } from './php.js';
import { pythonRunner } from './python.js';
import { rubyRunner } from './ruby.js';
import { shellRunner } from './shell.js';
import { swiftRunner } from './swift.js';
import type { Runner } from './types.js';

export const RUNNERS: Record<string, Runner> = {
  python: pythonRunner,
  javascript: javascriptRunner,
  go: goRunner,
  java: javaRunner,
  csharp: csharpRunner,
  crystal: crystalRunner,
  ocaml: ocamlRunner,
  objc: objcRunner,
  ruby: rubyRunner,
  php: phpRunner,
  shell: shellRunner,
  swift: swiftRunner,
  command: commandRunner,
};
