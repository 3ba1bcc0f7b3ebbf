import Handlebars from 'handlebars';
import { describe, expect, it } from 'vitest';
import { CLIENTS, type ClientDescriptor } from '../src/clients/index.js';
import type { Style } from '../src/model.js';
import { compileFast } from '../src/render/compile.js';
import { Renderer } from '../src/render/index.js';
import { templateKey } from '../src/render/precompiled.js';
import { STYLES, fixtureEndpoint, shapeFixtures } from './support.js';

// compileFast replaces the Handlebars runtime for speed; it must answer exactly as that runtime
// does, output and errors alike, for the built-in templates and for every construct it compiles.

const OPTIONS = { noEscape: true, strict: true, knownHelpersOnly: true };

/** What a render produced: its text, or the message it failed with. */
function outcome(render: () => string): string {
  try {
    return `ok: ${render()}`;
  } catch (e) {
    return `error: ${(e as Error).message}`;
  }
}

describe('built-in templates: compiled functions and the Handlebars runtime agree', () => {
  const renderers = new Map<string, [Renderer | Error, Renderer | Error]>();
  const both = (client: ClientDescriptor) => {
    let pair = renderers.get(client.id);
    if (!pair) {
      const make = (handlebarsRuntime: boolean) => {
        try {
          return new Renderer([client], STYLES, { handlebarsRuntime });
        } catch (e) {
          return e as Error;
        }
      };
      renderers.set(client.id, (pair = [make(false), make(true)]));
    }
    return pair;
  };
  describe.each(CLIENTS.map((c) => [c.id, c] as const))('%s', (_id, client) => {
    it.each(STYLES.flatMap((style) => shapeFixtures().map((f) => [style, f] as [Style, string])))('%s %s', (style, fixture) => {
      const [fast, reference] = both(client);
      if (fast instanceof Error || reference instanceof Error) {
        expect(String(fast)).toBe(String(reference));
        return;
      }
      const endpoint = fixtureEndpoint(fixture, style);
      expect(outcome(() => fast.render(client, endpoint))).toBe(outcome(() => reference.render(client, endpoint)));
    });
  });
});

describe('compileFast against Handlebars, construct by construct', () => {
  function environment() {
    const env = Handlebars.create();
    const builtins = { ...env.helpers };
    env.registerHelper({
      eq: (a: unknown, b: unknown) => a === b,
      join: (...args: unknown[]) => args.slice(0, -1).join('+'),
      describe: function (this: unknown, value: unknown, options: Handlebars.HelperOptions) {
        return `${options.name}(${JSON.stringify(value)}) hash=${JSON.stringify(options.hash)} root=${JSON.stringify(options.data.root?.id)} this=${JSON.stringify(this)}`;
      },
      twice: function (this: unknown, options: Handlebars.HelperOptions) {
        return options.fn(this) + options.fn({ id: 'other' }, { data: { ...options.data, extra: 'x' } }) + options.inverse(this);
      },
      fail: () => {
        throw new Error('helper failed');
      },
    });
    const partial = env.compile('[{{id}}]\n{{#if list.length}}+{{/if}}\n', OPTIONS);
    env.registerPartial('item', (context: unknown) => partial(context));
    return { env, builtins };
  }

  const data = {
    id: 'root',
    zero: 0,
    empty: [],
    list: [{ name: 'a', tags: ['x', 'y'] }, { name: 'b', tags: [] }, null],
    map: { first: 1, second: { deep: true } },
    nothing: null,
    fn: () => 'called',
    text: 'abc',
  };

  const templates: Record<string, string> = {
    content: 'plain text\nwith lines\n',
    paths: '{{id}} {{map.first}} {{map.second.deep}} {{text.length}} {{this.id}} {{./id}} {{fn}}',
    'standalone blocks': '{{#if id}}\n  yes\n{{else}}\n  no\n{{/if}}\n{{#unless zero}}\nzero is falsy\n{{/unless}}\n',
    'if variants': '{{#if zero}}z{{else}}nz{{/if}}{{#if zero includeZero=true}}Z{{/if}}{{#if empty}}e{{else}}ne{{/if}}{{#if fn}}f{{/if}}{{#unless nothing}}u{{/unless}}',
    'else if chains': '{{#if nothing}}1{{else if (eq id "root")}}2{{else}}3{{/if}}',
    'each arrays': '{{#each list}}{{@index}}{{#if @first}}F{{/if}}{{#if @last}}L{{/if}}:{{#if this}}{{name}}({{#each tags}}{{this}}{{@key}}{{../name}}{{/each}}){{/if}};{{/each}}',
    'each objects and else': '{{#each map}}{{@key}}={{@index}}{{#if @last}}!{{/if}} {{/each}}{{#each empty}}x{{else}}none{{/each}}',
    'root and depths': '{{#each list}}{{#if this}}{{@root.id}}/{{../id}}/{{#with this}}{{../../id}}{{/with}}{{/if}}{{/each}}',
    with: '{{#with map.second}}{{deep}}{{/with}}{{#with nothing}}x{{else}}empty{{/with}}{{#with zero}}{{this}}{{/with}}',
    'helpers and subexpressions': '{{join id (join "a" 1 true) null}} {{describe map.first key="v" n=2}} {{#each list}}{{#if this}}{{describe name}}{{/if}}{{/each}}',
    'custom block helper': '{{#twice}}<{{id}}{{@extra}}>{{else}}inverse{{/twice}}',
    partials: 'start\n  {{> item}}\n{{> item map.second}}{{> item id="hashed"}}end\n',
    'strict: missing field': '{{#if id}}\n{{missing}}\n{{/if}}',
    'strict: missing nested field': '{{map.nope}}',
    'strict: through null': '{{nothing.field}}',
    'param through null': '{{join nothing.field}}',
    'missing partial': '{{> nope}}',
    'helper error': '{{fail}}',
    'each over a missing value': '{{#each missing}}x{{else}}none{{/each}}',
  };

  it.each(Object.entries(templates))('%s', (_name, source) => {
    const { env, builtins } = environment();
    const fast = compileFast(env, source, builtins);
    expect(fast, 'compiled, not left to Handlebars').toBeDefined();
    const reference = env.compile(source, { ...OPTIONS, knownHelpers: Object.fromEntries(Object.keys(env.helpers).map((h) => [h, true])) });
    expect(outcome(() => fast!(data))).toBe(outcome(() => reference(data)));
  });

  it.each([
    ['an unknown helper', '{{nosuchhelper id}}'],
    ['block parameters', '{{#each list as |item|}}{{item.name}}{{/each}}'],
    ['inline partials', '{{#*inline "x"}}y{{/inline}}{{> x}}'],
  ])('leaves %s to Handlebars', (_name, source) => {
    const { env, builtins } = environment();
    expect(compileFast(env, source, builtins)).toBeUndefined();
  });

  it('calls a helper that replaces a built-in like any other helper', () => {
    const { env, builtins } = environment();
    env.registerHelper('if', (value: unknown, options: Handlebars.HelperOptions) => `mine(${String(value)})` + options.fn({ id: 'inner' }));
    const source = '{{#if id}}{{id}}{{/if}}';
    const reference = env.compile(source, { ...OPTIONS, knownHelpers: Object.fromEntries(Object.keys(env.helpers).map((h) => [h, true])) });
    expect(compileFast(env, source, builtins)!(data)).toBe(reference(data));
  });
});

describe('code kept from the build', () => {
  it('is keyed on the template text and on the helpers and partials the template sees', () => {
    const env = Handlebars.create();
    const builtins = { ...env.helpers };
    env.registerHelper('str', (s: unknown) => String(s));
    const key = templateKey(env, '{{str x}}', builtins);
    expect(templateKey(env, '{{str x}}', builtins)).toBe(key);
    expect(templateKey(env, '{{str y}}', builtins)).not.toBe(key);
    env.registerHelper('x', () => 'helper now');
    const withHelper = templateKey(env, '{{str x}}', builtins);
    expect(withHelper).not.toBe(key);
    env.registerHelper('if', () => 'replaced');
    expect(templateKey(env, '{{str x}}', builtins)).not.toBe(withHelper);
    const withIf = templateKey(env, '{{str x}}', builtins);
    env.registerPartial('p', () => '');
    expect(templateKey(env, '{{str x}}', builtins)).not.toBe(withIf);
  });
});
