import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { CLIENTS } from '../src/clients/index.js';
import { SnipgenError } from '../src/errors.js';
import { formatSnippet } from '../src/render/formatter.js';
import { generate } from '../src/output/index.js';
import { refusal } from '../src/shapes.js';
import { checkSyntax } from '../src/syntax/index.js';
import { runCli, treeHash } from './cli-support.js';
import { hasCommand } from './lang/suite.js';
import { ROOT, SHAPES, UNSUPPORTED_GOLDEN, fixtureEndpoint, rendererFor, shapeFixtures, snippetOrRefusal } from './support.js';

const CUSTOM = join(ROOT, 'test', 'fixtures', 'custom-templates');
let work: string;

beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), 'snipgen-custom-'));
  cpSync(join(ROOT, 'specs'), join(work, 'specs'), { recursive: true });
});

const snippets = (files: ReturnType<typeof generate>['files']) => Object.fromEntries(files.filter((f) => f.path.includes('/')).map((f) => [f.path, f.content]));

describe('template overrides', () => {
  it('an override changes only its own client\'s output', () => {
    const overrides = join(work, 'templates');
    mkdirSync(join(overrides, 'python', 'requests'), { recursive: true });
    const builtin = readFileSync(join(ROOT, 'clients', 'python', 'requests', 'runnable.hbs'), 'utf8');
    writeFileSync(join(overrides, 'python', 'requests', 'runnable.hbs'), `# House style: ${'{{'}str title}}\n${builtin}`);
    // Fixtures some client refuses as unsupported are left out (java/httpclient refuses hostile's
    // non-ASCII header): a refusal stops generation, which this test is not about.
    const sendable = (f: string) => CLIENTS.every((c) => !snippetOrRefusal(() => rendererFor(c).render(c, fixtureEndpoint(f, 'runnable'))).startsWith(UNSUPPORTED_GOLDEN));
    const inputs = shapeFixtures().filter(sendable).map((f) => join(SHAPES, `${f}.yaml`));
    const before = snippets(generate({ inputs }).files);
    const after = snippets(generate({ inputs, templates: overrides }).files);
    for (const [path, content] of Object.entries(before)) {
      if (path.endsWith('python-requests.py')) {
        expect(after[path]!.startsWith('# House style: "'), path).toBe(true);
        expect(after[path]!.slice(after[path]!.indexOf('\n') + 1), path).toBe(content);
      } else expect(after[path], path).toBe(content);
    }
    expect(after['method-get/python-requests.py']).toMatch(/^# House style: "GET request"\n/);
  });

  it('eject copies a client\'s templates; gen with them reproduces the built-in output byte for byte', async () => {
    await runCli(['gen', '--out', 'builtin'], { cwd: work });
    const eject = await runCli(['templates', 'eject', 'python/requests', '--templates', 'house'], { cwd: work });
    expect(eject.exitCode).toBe(0);
    expect(eject.stdout).toContain('created house/python/requests/runnable.hbs\ncreated house/python/requests/reference.hbs\n');
    expect(readdirSync(join(work, 'house', 'python', 'requests')).sort()).toEqual(['reference.hbs', 'runnable.hbs']);
    await runCli(['gen', '--out', 'ejected', '--templates', 'house'], { cwd: work });
    expect(treeHash(join(work, 'ejected'))).toBe(treeHash(join(work, 'builtin')));

    const list = await runCli(['templates', 'list', '--templates', 'house'], { cwd: work });
    expect(list.stdout).toMatch(/^python\/requests\s+runnable\s+override house\/python\/requests\/runnable\.hbs$/m);
    expect(list.stdout).toMatch(/^go\/net-http\s+runnable\s+built-in$/m);
    expect((await runCli(['templates', 'eject', 'python/requests', '--templates', 'house'], { cwd: work })).exitCode).toBe(2);
  });

  it('a broken override fails before anything is written, naming the file and line', async () => {
    mkdirSync(join(work, 'house', 'python', 'requests'), { recursive: true });
    writeFileSync(join(work, 'house', 'python', 'requests', 'runnable.hbs'), 'import requests\n{{#if body}}\n{{nosuchhelper url}}\n{{/if}}\n');
    const result = await runCli(['gen', '--templates', 'house', '--clients', 'python/requests'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^house\/python\/requests\/runnable\.hbs:3:\d+: template error: .*nosuchhelper/m);
    expect(treeHash(join(work, 'generated'))).toBe('absent');
  });

  it('a name the data does not have is reported in words, never as "[object Object]"', async () => {
    mkdirSync(join(work, 'house', 'python', 'requests'), { recursive: true });
    writeFileSync(join(work, 'house', 'python', 'requests', 'runnable.hbs'), 'import requests\n{{#each headers}}{{nosuchfield}}{{/each}}\n{{nosuch.deeper}}\n');
    const result = await runCli(['gen', '--templates', 'house', '--clients', 'python/requests'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^house\/python\/requests\/runnable\.hbs:2:\d+: template error: "nosuchfield" is not defined: the data at this point has no such field \(inside #each or #with, use \.\.\/name or @root\.name for outer fields\)/m);
    expect(result.stderr).not.toContain('[object');
    writeFileSync(join(work, 'house', 'python', 'requests', 'runnable.hbs'), 'import requests\n{{nosuch.deeper}}\n');
    const parent = await runCli(['gen', '--templates', 'house', '--clients', 'python/requests'], { cwd: work });
    expect(parent.stderr).toMatch(/^house\/python\/requests\/runnable\.hbs:2:\d+: template error: "deeper" is not defined: the value before it is undefined/m);
    expect(treeHash(join(work, 'generated'))).toBe('absent');
  });

  it('an override that renders code which does not parse fails gen and check at the endpoint, writing nothing', async () => {
    mkdirSync(join(work, 'house', 'python', 'requests'), { recursive: true });
    const builtin = readFileSync(join(ROOT, 'clients', 'python', 'requests', 'runnable.hbs'), 'utf8');
    // An unclosed call: valid Handlebars, broken Python.
    writeFileSync(join(work, 'house', 'python', 'requests', 'runnable.hbs'), builtin.replace('print(response.text)', 'print(response.text'));
    for (const command of ['gen', 'check']) {
      const result = await runCli([command, '--templates', 'house', '--clients', 'python/requests,shell/curl'], { cwd: work });
      expect(result.exitCode, command).toBe(2);
      expect(result.stderr, command).toMatch(/^specs\/[^:]+\.yaml:\d+:\d+: house\/python\/requests\/runnable\.hbs renders python\/requests code that does not parse for endpoint "[^"]+": snippet line \d+, col \d+: /m);
      expect(treeHash(join(work, 'generated')), command).toBe('absent');
    }
    // The same templates without the defect generate.
    writeFileSync(join(work, 'house', 'python', 'requests', 'runnable.hbs'), builtin);
    expect((await runCli(['gen', '--templates', 'house', '--clients', 'python/requests,shell/curl'], { cwd: work })).exitCode).toBe(0);
  });
});

describe('config', () => {
  it('is read from snipgen.config.yaml: inputs, out, clients, default client, placeholders, env renames', async () => {
    writeFileSync(
      join(work, 'snipgen.config.yaml'),
      [
        'inputs: [specs]',
        'out: docs/snippets',
        'clients: [python/requests, shell/curl]',
        'defaultClient: shell/curl',
        'clientOptions:',
        '  python/requests:',
        '    env: { OPENROUTER_API_KEY: HOUSE_KEY }',
      ].join('\n'),
    );
    const result = await runCli(['gen'], { cwd: work });
    expect(result.stdout).toContain('1 endpoint x 2 clients (runnable) -> docs/snippets: 4 written');
    const manifest = JSON.parse(readFileSync(join(work, 'docs', 'snippets', 'manifest.json'), 'utf8'));
    expect(manifest.snippets.map((s: { client: string }) => s.client)).toEqual(['shell/curl', 'python/requests']);
    expect(readFileSync(join(work, 'docs', 'snippets', 'create-key', 'python-requests.py'), 'utf8')).toContain('os.environ.get("HOUSE_KEY", "<token>")');
    expect((await runCli(['check'], { cwd: work })).exitCode).toBe(0);
  });

  it('every problem is reported at once with its location', async () => {
    writeFileSync(join(work, 'snipgen.config.yaml'), 'stlye: runnable\nclients: python/requests\nclientOptions:\n  go/net-http:\n    timeout: -1\n');
    const result = await runCli(['gen'], { cwd: work });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('snipgen.config.yaml:1:1: unknown field "stlye" in config (did you mean "style"?)');
    expect(result.stderr).toContain('snipgen.config.yaml:2:10: clients must be a list');
    expect(result.stderr).toContain('snipgen.config.yaml:5:14: clientOptions.go/net-http.timeout must be > 0');
  });

  it('is read from the "snipgen" key of package.json', async () => {
    writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'x', snipgen: { out: 'from-package', clients: ['python/requests'] } }, null, 2));
    const result = await runCli(['gen'], { cwd: work });
    expect(result.stdout).toContain('-> from-package: 3 written');
  });

  it('init writes a starter config and an example spec that generate cleanly', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'snipgen-init-'));
    const init = await runCli(['init'], { cwd: empty });
    expect(init).toEqual({ exitCode: 0, stdout: 'created snipgen.config.yaml\ncreated specs/example/get-user.yaml\ncreated .gitignore\nnext: npx snipgen gen\n', stderr: '' });
    expect(readFileSync(join(empty, '.gitignore'), 'utf8')).toBe('.snipgen-cache/\n');
    const gen = await runCli(['gen', '--clients', 'python/requests'], { cwd: empty });
    expect(gen.exitCode).toBe(0);
    expect((await runCli(['init'], { cwd: empty })).exitCode).toBe(2);
  });

  it('init adds the cache to an existing .gitignore once, keeping what is there', async () => {
    const project = mkdtempSync(join(tmpdir(), 'snipgen-init-'));
    writeFileSync(join(project, '.gitignore'), 'node_modules');
    expect((await runCli(['init'], { cwd: project })).stdout).toContain('added .snipgen-cache/ to .gitignore\n');
    expect(readFileSync(join(project, '.gitignore'), 'utf8')).toBe('node_modules\n.snipgen-cache/\n');
  });

  it('--debug-model prints the exact data the template receives', async () => {
    const result = await runCli(['gen', '--debug-model', 'create-key', '--clients', 'python/requests'], { cwd: work });
    expect(result.exitCode).toBe(0);
    const data = JSON.parse(result.stdout)['python/requests'];
    expect(data).toMatchObject({ id: 'create-key', method: 'POST', client: { id: 'python/requests' }, options: { timeout: null } });
    expect(data.headers[0]).toEqual({
      name: 'Authorization',
      value: { text: 'Bearer <token>', isLiteral: false, parts: [{ kind: 'literal', text: 'Bearer ' }, { kind: 'env', name: 'OPENROUTER_API_KEY', fallback: '<token>', urlEncode: false }] },
    });
    expect(treeHash(join(work, 'generated'))).toBe('absent');
  });
});

describe('a client added without code', () => {
  it('appears in list and gen like a built-in one, and its output parses', async () => {
    const list = await runCli(['list', '--templates', CUSTOM]);
    expect(list.stdout).toMatch(/^python\/urllib\s+Python \(urllib\)\s+urllib\.request 3\.8\s+runnable, reference$/m);
    const generation = generate({ inputs: [join(SHAPES, 'query-params.yaml'), join(SHAPES, 'body-json.yaml'), join(SHAPES, 'auth-basic.yaml')], templates: CUSTOM, clients: ['python/urllib'] });
    expect(generation.files.filter((f) => f.path.endsWith('python-urllib.py'))).toHaveLength(3);
    for (const file of generation.files.filter((f) => f.path.endsWith('.py'))) expect(await checkSyntax('python', file.content), file.path).toEqual([]);
  });

  it('a shape it cannot express is left out with a clear, located warning; --strict fails generation', () => {
    const why = 'python/urllib cannot express multipart bodies (urllib has no multipart encoder) (endpoint "body-multipart")';
    const lenient = generate({ inputs: [join(SHAPES, 'body-multipart.yaml')], templates: CUSTOM, clients: ['python/urllib', 'shell/curl'] });
    expect(lenient.warnings.map((w) => w.format())).toEqual([expect.stringMatching(new RegExp(`body-multipart\\.yaml:\\d+:\\d+: left out: ${why.replace(/[()/.]/g, '\\$&')}$`))]);
    expect(lenient.files.map((f) => f.path)).toContain('body-multipart/shell-curl.sh');
    expect(lenient.files.map((f) => f.path)).not.toContain('body-multipart/python-urllib.py');
    expect(() => generate({ inputs: [join(SHAPES, 'body-multipart.yaml')], templates: CUSTOM, clients: ['python/urllib'], strict: true })).toThrow(why);
  });
});

describe('formatting', () => {
  const jsFetch = CLIENTS.find((c) => c.id === 'javascript/fetch')!;
  /** The fixtures fetch can send: the ones it refuses (a body on GET, TRACE) have no snippet to format. */
  const sendable = shapeFixtures().filter((f) => {
    try {
      rendererFor(jsFetch).render(jsFetch, fixtureEndpoint(f, 'runnable'));
      return !f.startsWith('hostile');
    } catch (e) {
      if (e instanceof SnipgenError && e.code === 'unsupported') return false;
      throw e;
    }
  });
  it.each(sendable)('prettier is idempotent on javascript/fetch %s', (fixture) => {
    const once = formatSnippet(jsFetch, rendererFor(jsFetch).render(jsFetch, fixtureEndpoint(fixture, 'runnable')));
    expect(formatSnippet(jsFetch, once)).toBe(once);
  });

  const goClient = CLIENTS.find((c) => c.id === 'go/net-http')!;
  it.skipIf(!hasCommand('gofmt', ['-h']))('gofmt is idempotent on every go/net-http runnable snippet (skipped without gofmt)', () => {
    for (const fixture of shapeFixtures()) {
      const once = formatSnippet(goClient, rendererFor(goClient).render(goClient, fixtureEndpoint(fixture, 'runnable')));
      expect(formatSnippet(goClient, once), fixture).toBe(once);
    }
  });

  it('reformat: true applies to the runnable style only', () => {
    const options = { inputs: [join(ROOT, 'specs')], clients: ['javascript/fetch'], clientOptions: { 'javascript/fetch': { reformat: true } } };
    const runnable = generate(options).files[0]!.content;
    expect(runnable).toBe(formatSnippet(jsFetch, runnable));
    const reference = generate({ ...options, style: 'reference' }).files[0]!.content;
    expect(reference).toBe(generate({ ...options, clientOptions: {}, style: 'reference' }).files[0]!.content);
  });
});
