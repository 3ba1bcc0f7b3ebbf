import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOpenApiSync } from '../../src/input/openapi-parser.js';
import { runCli } from '../cli-support.js';
import { SHAPES } from '../support.js';

describe('format openapi from YAML specs', () => {
  it('writes an OpenAPI 3.1 document of the specs with x-codeSamples, which the parser validates', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'snipgen-openapi-out-')), 'out');
    const result = await runCli(['gen', '--out', out, '--format', 'openapi', '--clients', 'python/requests,shell/curl', SHAPES]);
    expect(result.exitCode, result.stderr).toBe(0);
    const file = join(out, 'openapi', 'endpoints.openapi.json');
    const parsed = parseOpenApiSync(file, false);
    expect(parsed.ok && parsed.invalid).toEqual([]);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { openapi: string; paths: Record<string, Record<string, any>> };
    expect(doc.openapi).toBe('3.1.0');
    const create = doc.paths['/items']!.post;
    expect(create).toMatchObject({
      operationId: 'method-post',
      servers: [{ url: 'https://api.example.com/v1' }],
      requestBody: { content: { 'application/json': { example: { name: 'widget', count: 3 } } } },
      security: [],
    });
    expect(create['x-codeSamples'].map((s: { lang: string; label: string }) => [s.lang, s.label])).toEqual([
      ['Python', 'Python (requests)'],
      ['Shell', 'Shell (curl)'],
    ]);
    expect(create['x-codeSamples'][0].source).toBe(readFileSync(join(out, 'method-post', 'python-requests.py'), 'utf8'));
    // Custom methods and a second endpoint at the same method and path cannot be operations: told, not dropped silently.
    expect(result.stderr).toContain('warning: format openapi: endpoint method-custom (PURGE /cache/images/logo.png) is left out of openapi/endpoints.openapi.json: OpenAPI has no operation for this method');
  });
});
