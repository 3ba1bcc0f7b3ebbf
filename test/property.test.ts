import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { SnipgenError } from '../src/errors.js';
import { STANDARD_METHODS, type JsonValue, type Style } from '../src/model.js';
import { buildEndpoints, parseSpecText } from '../src/input/load.js';
import { checkSyntax } from '../src/syntax/index.js';
import { HOSTILE_STRINGS, headerSafe } from './hostile.js';
import { SHAPES, STYLES, rendererFor } from './support.js';

// Random specs built from the hostile corpus go through every client in both styles and must
// come out syntax-clean. A fixed seed and 50 runs keep it deterministic and within budget.
const RUNS = 50;
const SEED = 20_241_126;

/** A hostile string, or a few of them glued together (never more than one 10,000-char string). */
const hostile = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.array(fc.constantFrom(...HOSTILE_STRINGS.filter((s) => s.length < 100)), { minLength: 2, maxLength: 4 }).map((a) => a.join('')) },
);
const nonEmpty = hostile.filter((s) => s.length > 0);
/** A multipart name travels in a header line, where NUL cannot go (normalisation refuses it). */
const partName = nonEmpty.map((s) => s.replace(/\0/g, '')).filter((s) => s.length > 0);
const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/);
/** Cookie values may not hold spaces, quotes, commas, semicolons or backslashes (see normalise.ts). */
const cookieValue = hostile.map((s) => s.replace(/[\s;,"\\\0]/g, ''));
const envName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,10}$/);

const json: fc.Arbitrary<JsonValue> = fc.letrec<{ value: JsonValue }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostile,
    fc.integer(),
    fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }).filter((n) => n > 2n ** 53n || n < -(2n ** 53n)),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(hostile, tie('value'), { maxKeys: 4 }),
  ),
})).value;

const pairs = (name: fc.Arbitrary<string>, value: fc.Arbitrary<string>) =>
  fc.array(fc.record({ name, value }), { maxLength: 4 }).chain((list) =>
    // Repeat a name now and then: repeated keys must stay in order.
    list.length === 0 ? fc.constant(list) : fc.boolean().map((repeat) => (repeat ? [...list, { ...list[0]! }] : list)),
  );

const body = fc.oneof(
  fc.constant(undefined),
  json.map((value) => ({ json: value })),
  pairs(nonEmpty, hostile).map((form) => ({ form })),
  hostile.map((text) => ({ text })),
  fc.constant({ file: 'files/avatar.png', contentType: 'image/png' }),
  fc
    .array(
      fc.oneof(
        fc.record({ name: partName, value: hostile }),
        fc.record({ name: partName, file: fc.constant('files/notes.txt'), filename: nonEmpty.map(headerSafe).filter((s) => s.length > 0), contentType: fc.constant('text/plain') }),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((multipart) => ({ multipart })),
);

const auth = fc.oneof(
  fc.constant(undefined),
  fc.record({ type: fc.constant('bearer'), token: hostile.map(headerSafe).filter((t) => t.length > 0), env: envName }),
  fc.record({ type: fc.constant('basic'), username: hostile.map(headerSafe), password: hostile.map(headerSafe) }),
  fc.record({ type: fc.constant('apiKey'), in: fc.constantFrom('header', 'query'), name: token, value: hostile.map(headerSafe), env: envName }),
  fc.record({ type: fc.constant('apiKey'), in: fc.constant('cookie'), name: token, value: cookieValue, env: envName }),
);

const spec = fc.record({
  id: fc.constant('property'),
  method: fc.oneof(fc.constantFrom(...STANDARD_METHODS), fc.stringMatching(/^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,10}$/)),
  baseUrl: fc.constant('https://api.example.com/v1'),
  path: fc.constant('/items/{item}/x'),
  pathParams: hostile.map((item) => ({ item })),
  query: pairs(hostile, hostile),
  headers: pairs(token.map((t) => `X-${t}`), hostile.map(headerSafe)),
  cookies: pairs(token, cookieValue),
  auth,
  body,
});

/**
 * Clients whose library cannot send something the random specs often hold, so they refuse many
 * of them by name: the fewest snippets they must still render, and why.
 */
const FEWER_RENDERS: Record<string, { atLeast: number; why: string }> = {
  'java/httpclient': { atLeast: RUNS / 2, why: 'java.net.http writes header values as US-ASCII, so it refuses every non-ASCII header value' },
};

/** Writes the spec as YAML and loads it the way the CLI does, so it is validated and normalised for real. */
function endpointFor(raw: Record<string, unknown>, style: Style) {
  const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
  const errors: SnipgenError[] = [];
  const entries = parseSpecText('property.yaml', stringify(defined, { lineWidth: 0 }), errors, join(SHAPES, 'property.yaml'));
  expect(errors.map((e) => e.format())).toEqual([]);
  return buildEndpoints(entries, { style })[0]!;
}

describe.each(CLIENTS.map((c) => [c.id, c] as const))('%s renders random hostile specs syntax-clean in both styles', (_id, client) => {
  it(`${RUNS} specs`, async () => {
    const renderer = rendererFor(client);
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(spec, async (raw) => {
        for (const style of STYLES) {
          let code: string;
          try {
            code = renderer.render(client, endpointFor(raw, style));
          } catch (e) {
            // A shape the library cannot send is refused by name; that is a correct outcome.
            if (e instanceof SnipgenError && e.code === 'unsupported') continue;
            throw e;
          }
          rendered++;
          const lines = code.split('\n');
          const problems = (await checkSyntax(client.language, code)).map((p) => `${style} ${p.line}:${p.col}: ${p.message} in: ${lines[p.line - 1]?.slice(0, 120)}`);
          expect(problems).toEqual([]);
        }
      }),
      { seed: SEED, numRuns: RUNS },
    );
    // Refusals are allowed, but they must not be what makes the property pass.
    const limit = FEWER_RENDERS[client.id];
    expect(rendered, `${client.id} refused too many random specs as unsupported${limit ? ` (allowed fewer: ${limit.why})` : ''}`).toBeGreaterThanOrEqual(limit?.atLeast ?? RUNS);
  });
});

/**
 * A sample of the random specs also runs: written as spec files (with the fixtures' upload
 * files beside them) and verified against the capture server by clients whose toolchains every
 * machine with Node has or CI installs. Each request must arrive exactly as specified.
 */
describe('a sample of random hostile specs round-trips through real clients', () => {
  const clients = ['python/requests', 'javascript/fetch', 'shell/curl'];
  it('verify passes every sampled snippet it can run', async () => {
    const { verify } = await import('../src/verify/run.js');
    const { cpSync, mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-property-'));
    cpSync(join(SHAPES, 'files'), join(dir, 'files'), { recursive: true });
    // Node's HTTP parser, which the capture server uses, answers unknown method tokens with 400
    // before a request is seen; custom methods are verified through the PURGE fixture instead.
    const sample = fc.sample(spec, { seed: SEED, numRuns: 8 }).map((raw, i) => ({ ...raw, id: `sample-${i}`, method: STANDARD_METHODS.includes(raw.method as never) ? raw.method : 'POST' }));
    sample.forEach((raw, i) => {
      const defined = Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined));
      writeFileSync(join(dir, `sample-${i}.yaml`), stringify(defined, { lineWidth: 0 }));
    });
    const report = await verify({ inputs: [dir], clients, styles: ['runnable'], cacheDir: join(dir, 'cache') });
    const failures = report.results.filter((r) => r.status === 'failed').map((r) => `${r.client} ${r.endpoint}: ${r.reason}\n${r.detail.join('\n')}`);
    expect(failures).toEqual([]);
    const ran = report.results.filter((r) => r.status === 'passed').length;
    const skipped = report.results.filter((r) => r.status === 'skipped');
    // Refusals by name are skips; a missing toolchain is a skip with its reason. Most must run.
    expect(ran + skipped.length).toBe(sample.length * clients.length);
    expect(ran, skipped.map((r) => `${r.client} ${r.endpoint}: ${r.reason}`).join('\n')).toBeGreaterThan(0);
  }, 300_000);
});
