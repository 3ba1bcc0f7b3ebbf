import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from './support.js';

/**
 * src/code-cache.ts, each case in a fresh process (what it loads stays loaded for the process, as
 * with require), through the compiled module the CLI uses.
 */
describe('the code cache', () => {
  const work = mkdtempSync(join(tmpdir(), 'snipgen-code-cache-test-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));
  const loader = join(ROOT, 'dist', 'src', 'code-cache.js');

  /** Loads `file` with `cache` in a new process: its exports (JSON) and what happened to the cache; `write` then writes the cache. */
  function load(file: string, cache: string, write = false): { exports: unknown; cache: string } {
    const script = `
      const { requireWithCodeCache, codeCacheUse, writeCodeCaches } = await import(${JSON.stringify(loader)});
      const exports = requireWithCodeCache(${JSON.stringify(file)}, ${JSON.stringify(cache)});
      if (${write}) writeCodeCaches();
      process.stdout.write(JSON.stringify({ exports: typeof exports === 'function' ? exports() : exports, cache: codeCacheUse()[0].cache }));`;
    return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' }));
  }

  function scriptFile(name: string, source: string): { file: string; cache: string } {
    const file = join(work, `${name}.cjs`);
    writeFileSync(file, source);
    return { file, cache: join(work, `${name}.v8`) };
  }

  it('is used once written, and the module behaves as require would load it', () => {
    writeFileSync(join(work, 'helper.cjs'), 'module.exports = "helper";\n');
    const { file, cache } = scriptFile('module', `'use strict';\nconst helper = require('./helper.cjs');\nmodule.exports = () => ({ helper, file: __filename, dir: __dirname, strict: (function () { return this === undefined; })() });\n`);
    const expected = { helper: 'helper', file, dir: work, strict: true };
    expect(load(file, cache, true)).toEqual({ exports: expected, cache: 'none' });
    expect(load(file, cache)).toEqual({ exports: expected, cache: 'used' });
  });

  it('is not used for a source edited since, even of the same length', () => {
    const { file, cache } = scriptFile('edited', 'module.exports = { value: 1 };\n');
    load(file, cache, true);
    writeFileSync(file, 'module.exports = { value: 2 };\n');
    // V8 would take it: it checks only the source's length.
    expect(load(file, cache)).toEqual({ exports: { value: 2 }, cache: 'none' });
  });

  it('is refused by V8 when it is not V8\'s, and the file is compiled as it is', () => {
    const { file, cache } = scriptFile('corrupt', 'module.exports = { value: 3 };\n');
    load(file, cache, true);
    const made = readFileSync(cache);
    // The digest of the source stays; what follows it is not a code cache.
    writeFileSync(cache, Buffer.concat([made.subarray(0, 32), Buffer.alloc(made.length - 32, 7)]));
    expect(load(file, cache)).toEqual({ exports: { value: 3 }, cache: 'rejected' });
    writeFileSync(cache, made.subarray(0, 32));
    expect(load(file, cache)).toEqual({ exports: { value: 3 }, cache: 'none' });
  });

  it('is not needed: a file without one loads as it is', () => {
    const { file, cache } = scriptFile('uncached', 'module.exports = { value: 4 };\n');
    expect(load(file, cache)).toEqual({ exports: { value: 4 }, cache: 'none' });
  });
});
