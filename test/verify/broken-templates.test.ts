import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findClients, type ClientDescriptor } from '../../src/clients/index.js';
import { verify } from '../../src/verify/run.js';
import { csharpRunner } from '../../src/verify/runners/csharp.js';
import { javaRunner } from '../../src/verify/runners/java.js';
import { javascriptRunner } from '../../src/verify/runners/javascript.js';
import { pythonRunner } from '../../src/verify/runners/python.js';
import { requireTool } from '../../src/verify/toolchain.js';
import { SHAPES } from '../support.js';

/**
 * The verifier's own proof: the python/requests template with one deliberate mistake (passed as
 * a user's override) must make verify fail, with a diff that names the mistake.
 */
const [requests] = findClients(['python/requests']);
const missing = (await pythonRunner.unavailable(requests!)) ?? (await requireTool('/usr/bin/python3', ['-c', 'import requests'], 'python3-requests'));
const work = mkdtempSync(join(tmpdir(), 'snipgen-broken-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A templates folder (a user's overrides) named `name`, holding `client`'s runnable template changed by `change`. */
function changedTemplates(client: ClientDescriptor, name: string, change: (template: string) => string): string {
  const root = join(work, name);
  const dir = join(root, ...client.id.split('/'));
  mkdirSync(dir, { recursive: true });
  const template = readFileSync(join(client.dir, 'runnable.hbs'), 'utf8');
  const changed = change(template);
  expect(changed).not.toBe(template);
  writeFileSync(join(dir, 'runnable.hbs'), changed);
  return root;
}

async function verifyBroken(name: string, fixture: string, from: string, to: string) {
  const templates = changedTemplates(requests!, name, (template) => {
    expect(template).toContain(from);
    return template.replace(from, to);
  });
  const report = await verify({
    inputs: [join(SHAPES, `${fixture}.yaml`)],
    clients: ['python/requests'],
    styles: ['runnable'],
    cacheDir: join(work, 'cache'),
    templates,
  });
  expect(report.results).toHaveLength(1);
  return report.results[0]!;
}

describe.skipIf(missing)(`verify catches a broken python/requests template${missing ? ` (skipped: ${missing})` : ''}`, () => {
  it('a wrong header name', async () => {
    const result = await verifyBroken('header', 'headers', '{{#each headerMap}}\n    {{str name}}:', '{{#each headerMap}}\n    {{str (lower name)}}{{str "-x"}}:');
    expect(result.status).toBe('failed');
    expect(result.reason).toMatch(/the request differs from the spec/);
    expect(result.detail).toContain('- header x-dollar: "$HOME ${x} #{x} `cmd` %s {{x}}"');
    expect(result.detail).toContain('+ header x-dollar-x: "$HOME ${x} #{x} `cmd` %s {{x}}"');
  });

  it('a dropped query key', async () => {
    const result = await verifyBroken('query', 'query-params', '{{#each query}}\n    ({{str name}}, {{expr value}}),\n', '{{#each query}}\n{{#unless @first}}\n    ({{str name}}, {{expr value}}),\n{{/unless}}\n');
    expect(result.status).toBe('failed');
    expect(result.detail).toEqual(['- query "q" = "rock & roll = fun + 100% sure"']);
  });

  it('a body escaped wrongly', async () => {
    // A raw string literal: the printer's \n and \t escapes arrive as backslashes.
    const result = await verifyBroken('body', 'body-text', 'payload = {{str body.text}}.encode()', 'payload = r{{str body.text}}.encode()');
    expect(result.status).toBe('failed');
    expect(result.detail).toHaveLength(2);
    expect(result.detail[0]).toMatch(/^- body text "First line\\nSecond line/);
    expect(result.detail[1]).toMatch(/^\+ body text "First line\\\\nSecond line/);
  });

  it('and the unbroken template passes the same fixtures', async () => {
    const report = await verify({
      inputs: ['headers', 'query-params', 'body-text'].map((f) => join(SHAPES, `${f}.yaml`)),
      clients: ['python/requests'],
      styles: ['runnable'],
      cacheDir: join(work, 'cache'),
    });
    expect(report.results.map((r) => [r.endpoint, r.status])).toEqual([
      ['body-text', 'passed'],
      ['headers', 'passed'],
      ['query-params', 'passed'],
    ]);
  });
});

/**
 * Verifies `client` on `fixtures` with its runnable template changed by `change`, each snippet run
 * (nothing remembered), one at a time so that each run finds the host the one before used: each
 * result as [endpoint, status, the lines of its detail `relevant` matches].
 */
async function verifyChangedTemplate(client: ClientDescriptor, name: string, fixtures: string[], relevant: RegExp, change: (template: string) => string) {
  const report = await verify({
    inputs: fixtures.map((f) => join(SHAPES, `${f}.yaml`)),
    clients: [client.id],
    styles: ['runnable'],
    cacheDir: join(work, 'cache'),
    templates: changedTemplates(client, name, change),
    jobs: 1,
    noCache: true,
  });
  return report.results.map((r) => [r.endpoint, r.status, r.detail.filter((l) => relevant.test(l))]);
}

/**
 * Java snippets run one after another in one JVM (src/verify/runners/jvm-host.ts). A java/unirest
 * template that leaves a default header in Unirest's static state, a cookie handler in the JDK
 * and a System.exit behind must still pass on every fixture after the first, in the same JVM;
 * the same header set before the request must fail, which shows the header would be seen.
 */
const [unirest] = findClients(['java/unirest']);
const javaMissing = (await javaRunner.unavailable(unirest!)) ?? (await requireTool('javac', ['-version'], 'JDK (javac)'));
const LEAK = 'Unirest.setDefaultHeader("X-Leaked", "from an earlier snippet");';
const verifyUnirest = (name: string, change: (template: string) => string) =>
  verifyChangedTemplate(unirest!, name, ['headers', 'query-params', 'body-json', 'method-delete'], /leaked/i, change);


describe.skipIf(javaMissing)(`verify's JVM host keeps each Java snippet to itself${javaMissing ? ` (skipped: ${javaMissing})` : ''}`, () => {
  it('what a snippet leaves behind reaches no later snippet, though they ran in one JVM', async () => {
    const jvms = join(work, 'jvms.txt');
    process.env.SNIPGEN_TEST_JVMS = jvms;
    try {
      const results = await verifyUnirest('leak-after', (t) =>
        t.replace(
          '        Unirest.shutdown();\n',
          [
            '        Unirest.shutdown();',
            `        ${LEAK}`,
            '        java.net.CookieHandler.setDefault(new java.net.CookieManager());',
            '        java.nio.file.Files.writeString(java.nio.file.Path.of(System.getenv("SNIPGEN_TEST_JVMS")),',
            '            ProcessHandle.current().pid() + " " + java.nio.file.Files.readSymbolicLink(java.nio.file.Path.of("/proc/self/ns/pid")) + "\\n",',
            '            java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);',
            '        System.exit(0);',
            '',
          ].join('\n'),
        ),
      );
      expect(results).toEqual([
        ['body-json', 'passed', []],
        ['headers', 'passed', []],
        ['method-delete', 'passed', []],
        ['query-params', 'passed', []],
      ]);
      const runs = readFileSync(jvms, 'utf8').trim().split('\n');
      expect(runs).toHaveLength(4);
      expect(new Set(runs).size).toBe(1);
    } finally {
      delete process.env.SNIPGEN_TEST_JVMS;
    }
  });

  it('and the same default header, set before the request, is caught', async () => {
    const results = await verifyUnirest('leak-before', (t) => t.replace('    public static void main(String[] args) throws Exception {\n', `    public static void main(String[] args) throws Exception {\n        ${LEAK}\n`));
    expect(results.map(([endpoint, status]) => [endpoint, status])).toEqual([
      ['body-json', 'failed'],
      ['headers', 'failed'],
      ['method-delete', 'failed'],
      ['query-params', 'failed'],
    ]);
    for (const [, , detail] of results) expect(detail).toContain('+ header x-leaked: "from an earlier snippet"');
  });
});

/**
 * Node snippets run one after another in worker threads of one Node process (src/verify/runners/
 * node-host.ts). A javascript/fetch template that leaves a fetch adding a header, undici's global
 * dispatcher adding another, and a changed environment behind must still pass on every fixture
 * after the first, in the same process; the same fetch set before the request must fail, which
 * shows the header would be seen.
 */
const [fetchClient] = findClients(['javascript/fetch']);
const nodeMissing = await javascriptRunner.unavailable(fetchClient!);
const FETCH_LEAK = "globalThis.fetch = ((original) => (url, init = {}) => original(url, { ...init, headers: { ...init.headers, 'X-Leaked': 'from an earlier snippet' } }))(globalThis.fetch);";
const verifyFetch = (name: string, change: (template: string) => string) =>
  verifyChangedTemplate(fetchClient!, name, ['headers', 'query-params', 'body-json', 'method-delete'], /leaked/i, change);


describe.skipIf(nodeMissing)(`verify's Node host keeps each Node snippet to itself${nodeMissing ? ` (skipped: ${nodeMissing})` : ''}`, () => {
  it('what a snippet leaves behind reaches no later snippet, though they ran in one process', async () => {
    const nodes = join(work, 'nodes.txt');
    process.env.SNIPGEN_TEST_NODES = nodes;
    try {
      const results = await verifyFetch('fetch-leak-after', (t) =>
        t.replace(
          'console.log(await response.text());\n',
          [
            'console.log(await response.text());',
            FETCH_LEAK,
            "const dispatcher = Symbol.for('undici.globalDispatcher.1');",
            'const agent = globalThis[dispatcher];',
            "globalThis[dispatcher] = Object.assign(Object.create(agent), { dispatch: (options, handler) => agent.dispatch({ ...options, headers: { ...options.headers, 'X-Leaked-Dispatcher': 'yes' } }, handler) });",
            "process.env.SECRET_LEAKED = 'yes';",
            "const fs = await import('node:fs');",
            "fs.appendFileSync(process.env.SNIPGEN_TEST_NODES, `${process.pid} ${fs.readlinkSync('/proc/self/ns/pid')} ${process.env.SECRET_LEAKED_BEFORE ?? 'clean'}\\n`);",
            "process.env.SECRET_LEAKED_BEFORE = 'leaked';",
            '',
          ].join('\n'),
        ),
      );
      expect(results).toEqual([
        ['body-json', 'passed', []],
        ['headers', 'passed', []],
        ['method-delete', 'passed', []],
        ['query-params', 'passed', []],
      ]);
      const runs = readFileSync(nodes, 'utf8').trim().split('\n');
      expect(runs).toHaveLength(4);
      expect(new Set(runs).size).toBe(1);
      expect(runs[0]).toMatch(/ clean$/);
    } finally {
      delete process.env.SNIPGEN_TEST_NODES;
    }
  });

  it('and the same fetch, set before the request, is caught', async () => {
    const results = await verifyFetch('fetch-leak-before', (t) => `${FETCH_LEAK}\n${t}`);
    expect(results.map(([endpoint, status]) => [endpoint, status])).toEqual([
      ['body-json', 'failed'],
      ['headers', 'failed'],
      ['method-delete', 'failed'],
      ['query-params', 'failed'],
    ]);
    for (const [, , detail] of results) expect(detail).toContain('+ header x-leaked: "from an earlier snippet"');
  });
});

/**
 * C# snippets run one after another in one .NET host (src/verify/runners/dotnet-host.ts). A
 * csharp/restsharp template that leaves a default proxy in HttpClient (its own capture server's
 * address) and another working folder behind must still pass on every fixture after the first
 * (the last opens its file from its folder), in the same host; the same proxy set before the
 * request must fail, which shows it would be seen (the request arrives in a proxy's form).
 */
const [restsharp] = findClients(['csharp/restsharp']);
const csharpMissing = await csharpRunner.unavailable(restsharp!);
const CSHARP_LEAK = 'HttpClient.DefaultProxy = new System.Net.WebProxy(client.Options.BaseUrl);';
const verifyRestSharp = (name: string, change: (template: string) => string) =>
  verifyChangedTemplate(restsharp!, name, ['headers', 'query-params', 'body-json', 'body-binary'], /^\+ path/, change);


describe.skipIf(csharpMissing)(`verify's .NET host keeps each C# snippet to itself${csharpMissing ? ` (skipped: ${csharpMissing})` : ''}`, () => {
  it('what a snippet leaves behind reaches no later snippet, though they ran in one .NET process', async () => {
    const hosts = join(work, 'dotnet-hosts.txt');
    process.env.SNIPGEN_TEST_HOSTS = hosts;
    try {
      const results = await verifyRestSharp('csharp-leak-after', (t) =>
        t.replace(
          'Console.WriteLine(response.Content);\n',
          [
            'Console.WriteLine(response.Content);',
            CSHARP_LEAK,
            'Directory.SetCurrentDirectory("/");',
            'File.AppendAllText(Environment.GetEnvironmentVariable("SNIPGEN_TEST_HOSTS")!, Environment.ProcessId + " " + new FileInfo("/proc/self/ns/pid").LinkTarget + "\\n");',
            '',
          ].join('\n'),
        ),
      );
      expect(results).toEqual([
        ['body-binary', 'passed', []],
        ['body-json', 'passed', []],
        ['headers', 'passed', []],
        ['query-params', 'passed', []],
      ]);
      const runs = readFileSync(hosts, 'utf8').trim().split('\n');
      expect(runs).toHaveLength(4);
      expect(new Set(runs).size).toBe(1);
    } finally {
      delete process.env.SNIPGEN_TEST_HOSTS;
    }
  });

  it('and the same proxy, set before the request, is caught', async () => {
    const results = await verifyRestSharp('csharp-leak-before', (t) => t.replace('var response = await client.ExecuteAsync(request);\n', `${CSHARP_LEAK}\nvar response = await client.ExecuteAsync(request);\n`));
    expect(results.map(([endpoint, status]) => [endpoint, status])).toEqual([
      ['body-binary', 'failed'],
      ['body-json', 'failed'],
      ['headers', 'failed'],
      ['query-params', 'failed'],
    ]);
    for (const [, , detail] of results) expect(detail).toEqual([expect.stringMatching(/^\+ path "http:\/\/127\.0\.0\.1:\d+\/v1\//)]);
  });
});
