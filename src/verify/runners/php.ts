import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireTool, which } from '../toolchain.js';
import { checkThenRun, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/**
 * `php -l` for many files in one process: PHP 8.2's `php -l` takes one file, and a second PHP
 * start per snippet was half of what a PHP snippet cost (bench/README.md). token_get_all with
 * TOKEN_PARSE parses a file without running any of it; only a broken file gets its own `php -l`,
 * for PHP's message with the file and line.
 */
const CHECK = `
$bad = 0;
foreach (array_slice($argv, 1) as $file) {
    try {
        token_get_all(file_get_contents($file), TOKEN_PARSE);
    } catch (ParseError $e) {
        $bad = 1;
        fwrite(STDERR, $file . ': ' . $e->getMessage() . ' on line ' . $e->getLine() . "\\n");
        passthru(escapeshellarg(PHP_BINARY) . ' -l ' . escapeshellarg($file) . ' 1>&2');
    }
}
exit($bad);
`;

export const phpRunner: Runner = {
  language: 'php',
  unavailable: () => requireTool('php', ['-v'], 'PHP (apt-get install php-cli)'),

  async prepare(snippets, ctx) {
    ctx.status('writing');
    const php = which('php')!;
    const files = writeSnippets(snippets, () => 'main.php');
    return checkThenRun(files, { what: 'php -l', command: php, args: ['-r', CHECK] }, ctx, (s, file) => {
      const autoload = s.client.verify.autoload ?? [];
      if (autoload.length) {
        // What `composer require` gives a runnable snippet, backed by Debian's copy of the library.
        mkdirSync(join(s.dir, 'vendor'), { recursive: true });
        writeFileSync(join(s.dir, 'vendor', 'autoload.php'), `<?php\n${autoload.map((f) => `require_once ${JSON.stringify(f)};\n`).join('')}`);
      }
      // A reference fragment starts using the library straight away; the autoloader is prepended, the file left as written.
      const prepend = autoload.length && s.style === 'reference' ? ['-d', `auto_prepend_file=${join(s.dir, 'vendor', 'autoload.php')}`] : [];
      return [{ stage: 'run', command: php, args: [...prepend, file] }];
    });
  },
};
