import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findClients } from '../../src/clients/index.js';
import { unavailable, verify } from '../../src/verify/run.js';
import { SHAPES } from '../support.js';

/**
 * PHP's syntax check runs once for every snippet of a run (src/verify/runners/php.ts): a broken
 * snippet must fail that check with PHP's own message, and the snippets checked beside it must
 * still run and pass.
 */
const [guzzle, curl] = findClients(['php/guzzle', 'php/curl']);
const missing = (await unavailable(guzzle!)) ?? (await unavailable(curl!));
const work = mkdtempSync(join(tmpdir(), 'snipgen-php-check-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(missing)(`verify checks PHP snippets in one batch${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('fails the broken snippet at its line, and runs the others', async () => {
    const templates = join(work, 'templates');
    mkdirSync(join(templates, 'php', 'guzzle'), { recursive: true });
    const template = readFileSync(join(guzzle!.dir, 'runnable.hbs'), 'utf8');
    expect(template.startsWith('<?php\n')).toBe(true);
    writeFileSync(join(templates, 'php', 'guzzle', 'runnable.hbs'), template.replace('<?php\n', '<?php\n$broken = ;\n'));
    const report = await verify({
      inputs: [join(SHAPES, 'method-post.yaml'), join(SHAPES, 'headers.yaml')],
      clients: ['php/guzzle', 'php/curl'],
      styles: ['runnable'],
      cacheDir: join(work, 'cache'),
      noCache: true,
      templates,
    });
    const outcome = report.results.map((r) => `${r.client} ${r.endpoint} ${r.status}`).sort();
    expect(outcome).toEqual(['php/curl headers passed', 'php/curl method-post passed', 'php/guzzle headers failed', 'php/guzzle method-post failed']);
    const filesNamed = report.results
      .filter((r) => r.status === 'failed')
      .map((failed) => {
        expect(failed.reason).toBe('php -l failed');
        expect(failed.detail.join('\n')).toMatch(/PHP Parse error: +syntax error, unexpected token ";" in \S+main\.php on line 2/);
        return [...new Set(failed.detail.join('\n').match(/\S+main\.php/g))];
      });
    // Each failure tells only its own file's messages.
    expect(filesNamed.map((files) => files.length)).toEqual([1, 1]);
    expect(filesNamed[0]![0]).not.toBe(filesNamed[1]![0]);
  });
});
