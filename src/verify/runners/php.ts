import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ClientDescriptor } from '../../clients/types.js';
import { requireTool, which } from '../toolchain.js';
import { perFile, writeSnippets } from './shared.js';
import type { Runner } from './types.js';

/** Debian's php-guzzlehttp-guzzle: the real Guzzle, loaded through its own autoloader. */
const GUZZLE_AUTOLOAD = '/usr/share/php/GuzzleHttp/autoload.php';

export const phpRunner: Runner = {
  language: 'php',
  async unavailable(client: ClientDescriptor) {
    const php = await requireTool('php', ['-r', 'exit(extension_loaded("curl") ? 0 : 1);'], 'PHP with the curl extension (php-cli, php-curl)');
    if (php) return php;
    if (client.client === 'guzzle' && !existsSync(GUZZLE_AUTOLOAD)) return `no Guzzle (${GUZZLE_AUTOLOAD} not found: install php-guzzlehttp-guzzle)`;
    return null;
  },

  async prepare(snippets, ctx) {
    ctx.status('writing');
    const php = which('php')!;
    // php -l takes one file at a time in PHP 8.2.
    return perFile(writeSnippets(snippets, () => 'main.php'), (s, file) => {
      const guzzle = s.client.client === 'guzzle';
      if (guzzle) {
        // What `composer require guzzlehttp/guzzle` gives a runnable snippet, backed by Debian's Guzzle.
        mkdirSync(join(s.dir, 'vendor'), { recursive: true });
        writeFileSync(join(s.dir, 'vendor', 'autoload.php'), `<?php\nrequire_once ${JSON.stringify(GUZZLE_AUTOLOAD)};\n`);
      }
      // A reference fragment starts using Guzzle straight away; the autoloader is prepended, the file left as written.
      const prepend = guzzle && s.style === 'reference' ? ['-d', `auto_prepend_file=${join(s.dir, 'vendor', 'autoload.php')}`] : [];
      return [
        { stage: 'check', command: php, args: ['-l', file] },
        { stage: 'run', command: php, args: [...prepend, file] },
      ];
    });
  },
};
