import { join } from 'node:path';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { SnipgenError } from '../src/errors.js';
import { STANDARD_METHODS, type JsonValue, type Style } from '../src/model.js';
import { buildEndpoints, parseSpecText } from '../src/input/load.js';
import { checkSyntax, hasGrammar } from '../src/syntax/index.js';
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
/**
 * A header value: mostly ASCII, as real APIs' are, so the clients whose library refuses every
 * non-ASCII header value (FEWER_RENDERS) still render most specs; every fourth may be anything.
 */
const headerValue = fc.oneof({ weight: 3, arbitrary: hostile.filter((s) => /^[\x00-\x7f]*$/.test(s)) }, { weight: 1, arbitrary: hostile }).map(headerSafe);
/** A multipart name travels in a header line, where no control character can go (normalisation refuses it). */
const partName = nonEmpty.map((s) => s.replace(/[\0-\x1f\x7f]/g, '')).filter((s) => s.length > 0);
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
        fc.record({ name: partName, file: fc.constant('files/notes.txt'), filename: nonEmpty.map(headerSafe).filter((s) => s.trim().length > 0), contentType: fc.constant('text/plain') }),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map((multipart) => ({ multipart })),
);

const auth = fc.oneof(
  fc.constant(undefined),
  fc.record({ type: fc.constant('bearer'), token: headerValue.filter((t) => t.length > 0), env: envName }),
  fc.record({ type: fc.constant('basic'), username: headerValue, password: headerValue }),
  fc.record({ type: fc.constant('apiKey'), in: fc.constantFrom('header', 'query'), name: token, value: headerValue, env: envName }),
  fc.record({ type: fc.constant('apiKey'), in: fc.constant('cookie'), name: token, value: cookieValue, env: envName }),
);

const spec = fc.record({
  id: fc.constant('property'),
  method: fc.oneof(fc.constantFrom(...STANDARD_METHODS), fc.stringMatching(/^[A-Za-z][A-Za-z0-9!#$%&'*+.^_`|~-]{0,10}$/)),
  baseUrl: fc.constant('https://api.example.com/v1'),
  path: fc.constant('/items/{item}/x'),
  pathParams: hostile.map((item) => ({ item })),
  query: pairs(hostile, hostile),
  headers: pairs(token.map((t) => `X-${t}`), headerValue),
  cookies: pairs(token, cookieValue),
  auth,
  body,
  // A body on HEAD is an input error (test/spec-errors.test.ts), not a shape to render.
}).map((s) => (s.method.toUpperCase() === 'HEAD' ? { ...s, body: undefined } : s));

/**
 * Clients whose library cannot send something the random specs often hold, so they refuse many
 * of them by name: the fewest snippets they must still render, and why.
 */
const FEWER_RENDERS: Record<string, { atLeast: number; why: string }> = {
  'java/httpclient': { atLeast: RUNS / 2, why: 'java.net.http writes header values as US-ASCII, so it refuses every non-ASCII header value' },
  'rust/ureq': { atLeast: 25, why: 'ureq 2 rejects every header value byte outside visible ASCII' },
  'powershell/invoke-restmethod': { atLeast: 25, why: 'PowerShell rejects every non-ASCII header value' },
  'powershell/invoke-webrequest': { atLeast: 25, why: 'PowerShell rejects every non-ASCII header value' },
  'clojure/clj-http': { atLeast: 10, why: 'clj-http 2.3 knows a fixed list of methods and writes header values as ISO-8859-1' },
  'elixir/httpc': { atLeast: 30, why: ':httpc sends only the methods it has atoms for' },
  'r/httr': { atLeast: 40, why: 'httr sends no body on GET, which the random specs often pair' },
  'ruby/faraday': { atLeast: 40, why: 'Faraday sends only the methods it knows' },
  'ruby/httparty': { atLeast: 40, why: 'HTTParty sends only methods with a Net::HTTP request class' },
  'ruby/rest-client': { atLeast: 40, why: 'rest-client sends only methods with a Net::HTTP request class' },
  // A browser forbids cookies, many header names and custom methods, which the random specs nearly always hold.
  'javascript/xhr': { atLeast: 2, why: 'a page cannot set Cookie or forbidden headers, nor read a file' },
  'javascript/jquery': { atLeast: 2, why: 'a page cannot set Cookie or forbidden headers, nor read a file' },
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
          // A language without a grammar (crystal, ocaml, objc) is parsed by its compiler in verify.
          if (!hasGrammar(client.printers)) continue;
          const lines = code.split('\n');
          const problems = (await checkSyntax(client.printers, code)).map((p) => `${style} ${p.line}:${p.col}: ${p.message} in: ${lines[p.line - 1]?.slice(0, 120)}`);
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

/**
 * Hostile inputs: values that no client could send as written (control characters in anything
 * that ends up in a header line, dot segments, credentials in a base URL, bytes that are not
 * UTF-8, empty names where a name is required) mixed with hostile values that can be sent
 * (quotes, interpolation markers, empty query and form names, an encoded dot). Each choice knows
 * whether it must be refused. A spec with a refusable choice must be refused with every problem
 * located in the file (the first bad byte exactly); any other spec must load, and every client
 * must render it or refuse it by name; a sample of those is verified by real clients.
 */
describe('hostile inputs are either sent as written or refused at their place', () => {
  type Choice<T> = { value: T; refused: boolean };
  const ok = <T>(...values: T[]) => fc.constantFrom(...values.map((value): Choice<T> => ({ value, refused: false })));
  const bad = <T>(...values: T[]) => fc.constantFrom(...values.map((value): Choice<T> => ({ value, refused: true })));
  const CONTROLS = ['\r\nX-Injected: 1', '\n', '\r', '\0', '\x01', '\x1b[31m', '\x7f'];
  const withControl = fc.tuple(fc.constantFrom('a', 'text/plain', 'x y'), fc.constantFrom(...CONTROLS)).map(([a, c]): Choice<string> => ({ value: a + c, refused: true }));
  const sendable = ok('', 'plain', `it's "quoted" \\ $HOME \${x} #{x} \`cmd\``, 'tab\tinside', 'é ☕ 😀', '%2e', '..x', '.hidden');

  /** Mostly sendable, now and then not: about a third of the specs hold nothing to refuse. */
  const mostly = <T>(good: fc.Arbitrary<Choice<T>>, ...wrong: Array<fc.Arbitrary<Choice<T>>>) =>
    fc.oneof({ weight: 12, arbitrary: good }, ...wrong.map((arbitrary) => ({ weight: 1, arbitrary })));
  const headerValue = mostly(sendable.filter((c) => c.value === c.value.trim()), withControl, bad(' leading', 'trailing\t'));
  const headerName = mostly(ok('X-Test', 'x-test', "X!#$%&'*+.^_`|~"), bad('', 'X Test', 'X:Test', 'X\r\nInjected'));
  const pathParam = mostly(sendable.filter((c) => c.value !== ''), bad('.', '..'));
  const baseUrl = mostly(
    ok('https://api.example.com', 'https://api.example.com/v1', 'https://api.example.com:8443/a.b/..c'),
    bad('https://user:pass@api.example.com', 'https://api.example.com/v1/../v2', 'https://api.example.com/%2e/x', 'https://@api.example.com'),
  );
  const contentType = mostly(ok('text/plain', 'text/plain; charset="utf-8"', 'application/vnd.x+json'), withControl);
  const cookieValue = mostly(ok('abc', 'a=b', '', '☕'), bad('a;b', 'a b', 'a"b'), withControl);
  // A tab can go in a header value, but not in a part's name: urllib3 sends it as %09, .NET refuses it.
  const partName = mostly(sendable.filter((c) => c.value !== '' && !c.value.includes('\t')), withControl, bad('tab\tinside'));
  const nonUtf8 = fc.oneof(
    { weight: 6, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.constantFrom([0xff], [0xc3, 0x28], [0xed, 0xa0, 0x80], [0xe2, 0x82], [0xc0, 0xaf]) },
  );

  const hostileSpec = fc.record({
    baseUrl,
    pathParam,
    queryName: sendable,
    queryValue: fc.oneof(sendable, withControl.map((c) => ({ ...c, refused: false }))),
    header: fc.record({ name: headerName, value: headerValue }),
    cookie: fc.record({ name: mostly(ok('session'), bad('', 'a b')), value: cookieValue }),
    body: fc.oneof(
      fc.record({ kind: fc.constant('text' as const), contentType, text: fc.oneof(sendable, withControl.map((c) => ({ ...c, refused: false }))) }),
      fc.record({ kind: fc.constant('form' as const), name: sendable, value: sendable }),
      fc.record({ kind: fc.constant('multipart' as const), name: partName, filename: fc.oneof(partName, ok('notes.txt'), bad(' ')), contentType }),
    ),
    nonUtf8,
  });
  type HostileSpec = typeof hostileSpec extends fc.Arbitrary<infer T> ? T : never;

  const MARK = 'NONUTF8MARK';
  /** The spec's YAML as bytes, what it must come to, and where a bad byte was put (if one was). */
  function specFile(h: HostileSpec, id: string) {
    const body =
      h.body.kind === 'text'
        ? { contentType: h.body.contentType.value, text: h.body.text.value }
        : h.body.kind === 'form'
          ? { form: [{ name: h.body.name.value || 'f', value: h.body.value.value }] }
          : { multipart: [{ name: h.body.name.value, file: 'files/notes.txt', filename: h.body.filename.value, contentType: h.body.contentType.value }] };
    const raw = {
      id,
      title: `hostile ${MARK}`,
      method: 'POST',
      baseUrl: h.baseUrl.value,
      path: '/items/{item}/x',
      pathParams: { item: h.pathParam.value },
      query: { [h.queryName.value]: h.queryValue.value },
      headers: [{ name: h.header.name.value, value: h.header.value.value }],
      // A map, whose keys may be empty (a list's names may not): the empty name reaches the header check.
      cookies: { [h.cookie.name.value]: h.cookie.value.value },
      body,
    };
    const text = stringify(raw, { lineWidth: 0 });
    const choices: Array<Choice<unknown>> = [
      ...[h.baseUrl, h.pathParam, h.queryName, h.queryValue, h.header.name, h.header.value, h.cookie.name, h.cookie.value],
      ...Object.values(h.body).filter((c): c is Choice<unknown> => typeof c === 'object'),
    ];
    const at = text.indexOf(MARK);
    const lines = text.slice(0, at).split('\n');
    const badByte = h.nonUtf8 ? { line: lines.length, col: lines.at(-1)!.length + 1 } : undefined;
    const bytes = h.nonUtf8 ? Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from(h.nonUtf8), Buffer.from(text.slice(at + MARK.length))]) : Buffer.from(text);
    return { bytes, lineCount: text.split('\n').length, refused: Boolean(h.nonUtf8) || choices.some((c) => c.refused), badByte };
  }

  const HOSTILE_RUNS = 120;

  it(`${HOSTILE_RUNS} specs: refused, located, exactly when they hold something no client can send`, async () => {
    const { mkdtempSync, cpSync, writeFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { loadSpecs } = await import('../src/input/load.js');
    const { SnipgenErrors } = await import('../src/errors.js');
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-hostile-'));
    cpSync(join(SHAPES, 'files'), join(dir, 'files'), { recursive: true });
    const renderers = CLIENTS.map((client) => [client, rendererFor(client)] as const);
    let refused = 0;
    let rendered = 0;
    try {
      fc.assert(
        fc.property(hostileSpec, (h) => {
          const file = join(dir, 'hostile.yaml');
          const spec = specFile(h, 'hostile');
          writeFileSync(file, spec.bytes);
          let entries;
          try {
            entries = loadSpecs([file], dir);
          } catch (e) {
            if (!(e instanceof SnipgenErrors)) throw e;
            expect(spec.refused, `refused, but nothing in it should be:\n${e.message}`).toBe(true);
            for (const error of e.errors) {
              expect(error.loc?.file).toBe('hostile.yaml');
              expect(error.loc!.line).toBeGreaterThanOrEqual(1);
              expect(error.loc!.line).toBeLessThanOrEqual(spec.lineCount);
            }
            if (spec.badByte) expect(e.errors.map((x) => x.loc)).toEqual([{ file: 'hostile.yaml', ...spec.badByte }]);
            refused++;
            return;
          }
          expect(spec.refused, 'loaded, but it holds something no client can send').toBe(false);
          for (const style of STYLES) {
            const [endpoint] = buildEndpoints(entries, { style });
            for (const [client, renderer] of renderers) {
              try {
                renderer.render(client, endpoint!);
                rendered++;
              } catch (e) {
                // A shape the library cannot send is refused by name; anything else is a bug.
                if (!(e instanceof SnipgenError && e.code === 'unsupported')) throw e;
              }
            }
          }
        }),
        { seed: SEED, numRuns: HOSTILE_RUNS },
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    // Both outcomes must really occur, or the property proves nothing about one of them.
    expect(refused).toBeGreaterThan(HOSTILE_RUNS / 4);
    expect(rendered).toBeGreaterThan((HOSTILE_RUNS / 4) * CLIENTS.length);
  });

  it('a sample of the hostile specs that load is verified by real clients: each sends exactly its spec', async () => {
    const { verify } = await import('../src/verify/run.js');
    const { cpSync, mkdtempSync, rmSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const dir = mkdtempSync(join(tmpdir(), 'snipgen-hostile-verify-'));
    cpSync(join(SHAPES, 'files'), join(dir, 'files'), { recursive: true });
    const clients = ['python/requests', 'javascript/fetch', 'shell/curl'];
    const sample = fc
      .sample(hostileSpec, { seed: SEED, numRuns: 200 })
      .map((h, i) => ({ h, id: `hostile-${i}` }))
      .filter(({ h, id }) => !specFile(h, id).refused)
      .slice(0, 8);
    try {
      for (const { h, id } of sample) writeFileSync(join(dir, `${id}.yaml`), specFile(h, id).bytes);
      const report = await verify({ inputs: [dir], clients, styles: ['runnable'], cacheDir: join(dir, 'cache') });
      const failures = report.results.filter((r) => r.status === 'failed').map((r) => `${r.client} ${r.endpoint}: ${r.reason}\n${r.detail.join('\n')}`);
      expect(failures).toEqual([]);
      expect(report.results.filter((r) => r.status === 'passed').length, report.results.map((r) => `${r.client} ${r.endpoint}: ${r.status} ${r.reason}`).join('\n')).toBeGreaterThan(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
