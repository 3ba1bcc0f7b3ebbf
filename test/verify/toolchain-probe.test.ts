import { chmodSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { probe, requireTool } from '../../src/verify/toolchain.js';

describe('probe', () => {
  let dir: string;
  let path: string | undefined;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'snipgen-probe-'));
    // A tool that counts its own starts, as a slow `kotlinc -version` would be counted.
    writeFileSync(join(dir, 'counted-tool'), `#!/bin/sh\necho started >> "${join(dir, 'starts')}"\necho "counted-tool 1.0"\n`);
    chmodSync(join(dir, 'counted-tool'), 0o755);
    path = process.env.PATH;
    process.env.PATH = `${dir}${delimiter}${path}`;
  });
  afterEach(() => {
    process.env.PATH = path;
  });

  it('runs a tool once whether it is named by its name or by its path', async () => {
    expect(await requireTool('counted-tool', ['--version'], 'the counted tool')).toBeNull();
    const byPath = await probe(join(dir, 'counted-tool'), ['--version']);
    expect(byPath.stdout).toBe('counted-tool 1.0\n');
    expect(readFileSync(join(dir, 'starts'), 'utf8').split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('runs it again for other arguments', async () => {
    await probe('counted-tool', ['--version']);
    await probe('counted-tool', ['--help']);
    expect(readFileSync(join(dir, 'starts'), 'utf8').split('\n').filter(Boolean)).toHaveLength(2);
  });
});
