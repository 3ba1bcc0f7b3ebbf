import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

export const phpRunner: Runner = {
  language: 'php',
  unavailable: () => requireTool('php', ['-v'], 'PHP (apt-get install php-cli)'),

  async prepare(snippets, ctx) {
    ctx.status('writing');
    const php = which('php')!;
    // php -l takes one file at a time in PHP 8.2.
    return perFile(writeSnippets(snippets, () => 'main.php'), (s, file) => {
      const autoload = s.client.verify.autoload ?? [];
      if (autoload.length) {
        // What `composer require` gives a runnable snippet, backed by Debian's copy of the library.
        mkdirSync(join(s.dir, 'vendor'), { recursive: true });
        writeFileSync(join(s.dir, 'vendor', 'autoload.php'), `<?php\n${autoload.map((f) => `require_once ${JSON.stringify(f)};\n`).join('')}`);
      }
      // A reference fragment starts using the library straight away; the autoloader is prepended, the file left as written.
      const prepend = autoload.length && s.style === 'reference' ? ['-d', `auto_prepend_file=${join(s.dir, 'vendor', 'autoload.php')}`] : [];
      return [
        { stage: 'check', command: php, args: ['-l', file] },
        { stage: 'run', command: php, args: [...prepend, file] },
      ];
    });
  },
};
