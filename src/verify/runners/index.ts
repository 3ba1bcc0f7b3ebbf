import { commandRunner } from './command.js';
import { csharpRunner } from './csharp.js';
import { goRunner } from './go.js';
import { httpRunner } from './http.js';
import { httpieRunner } from './httpie.js';
import { javaRunner } from './java.js';
import { javascriptRunner } from './javascript.js';
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
  ruby: rubyRunner,
  php: phpRunner,
  shell: shellRunner,
  httpie: httpieRunner,
  http: httpRunner,
  swift: swiftRunner,
  command: commandRunner,
};
