import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, treeHash } from '../cli-support.js';

// Docs are published: a $ref that reads a file outside the document's folder, or anything over
// the network, would put what it reads into every snippet, page and OpenAPI output.
const REFS = join('test', 'fixtures', 'openapi', 'refs');
const out = () => join(mkdtempSync(join(tmpdir(), 'snipgen-refs-')), 'out');

function allText(dir: string): string {
  if (!existsSync(dir)) return '';
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => readFileSync(join(e.parentPath, e.name), 'utf8'))
    .join('\n');
}

describe('$refs that would publish files they should not', () => {
  it('a $ref outside the document\'s folder (relative or absolute) is refused at its place, exit 2, nothing written, even by default (lenient)', async () => {
    const dir = out();
    const before = treeHash(dir);
    const result = await runCli(['gen', '--out', dir, '--format', 'markdown,openapi', join(REFS, 'doc', 'outside.yaml')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toBe(
      [
        `test/fixtures/openapi/refs/doc/outside.yaml:13:21: $ref "../secret.yaml" reads test/fixtures/openapi/refs/secret.yaml, outside the document's folder: refused, because what a $ref reads is published in the snippets and pages (--allow-ref-root DIR allows another folder) (at #/paths/~1notes/post/requestBody/content/application~1json/example/$ref)`,
        `test/fixtures/openapi/refs/doc/outside.yaml:24:28: $ref "/etc/passwd" reads /etc/passwd, outside the document's folder: refused, because what a $ref reads is published in the snippets and pages (--allow-ref-root DIR allows another folder) (at #/paths/~1files/get/parameters/0/example/$ref)`,
        'snipgen: 2 problems found; nothing was written',
        '',
      ].join('\n'),
    );
    expect(treeHash(dir)).toBe(before);
  });

  it('a file inside the folder cannot reach outside either: refused at the $ref in that file', async () => {
    const dir = out();
    const result = await runCli(['gen', '--out', dir, join(REFS, 'doc', 'nested.yaml')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(`test/fixtures/openapi/refs/doc/schemas.yaml:7:15: $ref "../secret.yaml" reads test/fixtures/openapi/refs/secret.yaml, outside the document's folder`);
    expect(allText(dir)).not.toContain('TOP-SECRET-VALUE');
  });

  it('--allow-ref-root widens the folders explicitly', async () => {
    const dir = out();
    const result = await runCli(['gen', '--out', dir, '--clients', 'python/requests', '--allow-ref-root', REFS, join(REFS, 'doc', 'nested.yaml')]);
    expect(result.exitCode).toBe(0);
    expect(readFileSync(join(dir, 'add-note', 'python-requests.py'), 'utf8')).toContain('TOP-SECRET-VALUE');
  });

  it('a $ref over the network is never read: refused by snipgen, not tried by the parser', async () => {
    const result = await runCli(['gen', '--out', out(), join(REFS, 'doc', 'network.yaml')]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(
      'test/fixtures/openapi/refs/doc/network.yaml:12:21: $ref "https://schemas.example.invalid/note.yaml" is not read: snipgen never reads a $ref over the network',
    );
  });
});
