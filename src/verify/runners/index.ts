import { browserRunner } from './browser.js';
import { commandRunner } from './command.js';
import { csharpRunner } from './csharp.js';
import { goRunner } from './go.js';
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
  swift: swiftRunner,
  command: commandRunner,
  browser: browserRunner,
};
