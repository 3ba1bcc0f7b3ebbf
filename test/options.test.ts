import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLIENTS, findClients, type ClientDescriptor } from '../src/clients/index.js';
import { loadConfig } from '../src/config.js';
import { SnipgenError } from '../src/errors.js';
import { inUnits, milliseconds } from '../src/lang/timeout.js';
import { Renderer } from '../src/render/index.js';
import { refusal } from '../src/shapes.js';
import { checkSyntax } from '../src/syntax/index.js';
import { GOLDEN, ROOT, fixtureEndpoint, goldenPath, matchGolden } from './support.js';

/** A body with files, a secret in the query, and a plain POST: the timeout must fit beside each. */
const FIXTURES = ['method-post', 'body-multipart', 'auth-api-key-query'];

/** Fixtures that take a client down another path the timeout has to join. */
const EXTRA: Record<string, string[]> = {
  // A bare GET otherwise passes no options object to fetch.
  'javascript/fetch': ['method-get'],
  // The Apache HttpClient path, and the custom UTF-8 client that Unirest.setTimeouts refuses to touch.
  'java/unirest': ['method-custom', 'hostile'],
  // The UTF-8 message handler already needs RestClientOptions.
  'csharp/restsharp': ['hostile'],
};

function render(client: ClientDescriptor, fixture: string, timeout?: number | bigint): string {
  const clientOptions = timeout === undefined ? {} : { [client.id]: { timeout: timeout as number } };
  return new Renderer([client], ['runnable'], { clientOptions }).render(client, fixtureEndpoint(fixture, 'runnable'));
}

function optionsGolden(client: ClientDescriptor, fixture: string): string {
  return goldenPath(client, 'options', fixture);
}

describe.each(CLIENTS.map((c) => [c.id, c] as const))('timeout: %s', (id, client) => {
  // A fixture the client refuses by shape (a browser cannot read a file) has no snippet to time out.
  const refused = (fixture: string) => refusal(client, fixtureEndpoint(fixture, 'runnable')) !== undefined;
  const fixtures = [...FIXTURES, ...(EXTRA[id] ?? [])];
  it.skip.each(fixtures.filter(refused))('%s (skipped: the client refuses it)', () => {});
  it.each(fixtures.filter((f) => !refused(f)))('%s', async (fixture) => {
    const code = render(client, fixture, 2.5);
    const file = optionsGolden(client, fixture);
    const { expected, actual } = matchGolden(file, code);
    expect(expected, `missing golden ${relative(ROOT, file)}: run npm run goldens and review the new file`).toBeDefined();
    expect(actual).toBe(expected);
    expect(await checkSyntax(client.language, code)).toEqual([]);
    // Without a timeout the snippet is exactly the one every other test checks.
    expect(render(client, fixture)).toBe(readFileSync(goldenPath(client, 'runnable', fixture), 'utf8'));
  });
});

describe('timeout spellings', () => {
  const line = (id: string, timeout: number, pattern: RegExp) => {
    const [client] = findClients([id]);
    return render(client!, 'method-post', timeout).split('\n').find((l) => pattern.test(l))?.trim();
  };

  it('whole seconds stay whole where the API takes seconds', () => {
    expect(line('python/requests', 30, /timeout=/)).toBe('timeout=30,');
    expect(line('go/net-http', 30, /Timeout/)).toBe('client := &http.Client{Timeout: 30 * time.Second}');
    expect(line('go/net-http', 1, /Timeout/)).toBe('client := &http.Client{Timeout: time.Second}');
    expect(line('java/httpclient', 30, /\.timeout\(/)).toBe('.timeout(Duration.ofSeconds(30))');
    expect(line('csharp/httpclient', 30, /Timeout/)).toBe('client.Timeout = TimeSpan.FromSeconds(30);');
    expect(line('shell/curl', 30, /max-time/)).toBe('--max-time 30 \\');
  });

  it('a whole number from a YAML config (read as a bigint) renders as the number does', () => {
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-options-'));
    try {
      writeFileSync(join(dir, 'snipgen.config.yaml'), `clientOptions:\n${CLIENTS.map((c) => `  ${c.id}: { timeout: 30 }\n`).join('')}`);
      const { clientOptions } = loadConfig(dir);
      for (const client of CLIENTS) {
        const code = new Renderer([client], ['runnable'], { clientOptions }).render(client, fixtureEndpoint('method-post', 'runnable'));
        expect(code, client.id).toBe(render(client, 'method-post', 30));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('milliseconds are rounded, never 0 (libcurl reads 0 as no timeout)', () => {
    expect(milliseconds(1.1)).toBe(1100);
    expect(milliseconds(0.0001)).toBe(1);
    expect(line('php/curl', 0.0001, /TIMEOUT/)).toBe('CURLOPT_TIMEOUT_MS => 1,');
    expect(line('javascript/fetch', 1.1, /signal/)).toBe('signal: AbortSignal.timeout(1100),');
  });

  it('Go and java.net.http durations are exact in the coarsest unit that holds them', () => {
    expect(inUnits(0.000_25, [['s', 1], ['ms', 1e3], ['us', 1e6]] as const)).toEqual({ count: 250, unit: 'us' });
    expect(line('go/net-http', 0.000_25, /Timeout/)).toBe('client := &http.Client{Timeout: 250 * time.Microsecond}');
    expect(line('java/httpclient', 0.000_25, /\.timeout\(/)).toBe('.timeout(Duration.ofNanos(250000))');
    expect(line('java/httpclient', 3e6, /\.timeout\(/)).toBe('.timeout(Duration.ofSeconds(3000000))');
    expect(line('java/httpclient', 3e6 + 0.5, /\.timeout\(/)).toBe('.timeout(Duration.ofMillis(3000000500L))');
  });

  it('java/unirest refuses a timeout beyond the int milliseconds Apache HttpClient keeps', () => {
    const [client] = findClients(['java/unirest']);
    expect(() => render(client!, 'method-post', 3e6)).toThrow(SnipgenError);
    expect(() => render(client!, 'method-post', 3e6)).toThrow(/java\/unirest cannot express a timeout of 3000000 seconds/);
  });
});
