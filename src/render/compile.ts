import { createRequire } from 'node:module';
import Handlebars from 'handlebars';

type Node = hbs.AST.Node & Record<string, any>;
type Expression = hbs.AST.Expression & Record<string, any>;
type Frame = Record<string, unknown>;
type Depths = unknown[] | undefined;
type Program = (context: unknown, data: Frame, depths: Depths) => string;

/** Thrown while generating code for a construct this compiler leaves to the Handlebars runtime. */
class Unsupported extends Error {}

const { Exception, Utils } = Handlebars;
const hasOwn = Object.prototype.hasOwnProperty;
// The Handlebars runtime's own prototype-access rules (and its one-time warnings), so a lookup
// answers exactly as it would there.
const protoAccess = createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/internal/proto-access.js') as {
  createProtoAccessControl(options: object): unknown;
  resultIsAllowed(result: unknown, control: unknown, name: string): boolean;
  isPrototypeConstructor(parent: unknown, name: string, result: unknown): boolean;
};
const accessControl = protoAccess.createProtoAccessControl({});
const nullContext = Object.seal({});
const noop = () => '';

function lookupProperty(parent: any, name: string): unknown {
  const result = parent[name];
  if (result == null) return result;
  if (hasOwn.call(parent, name) && (name !== 'constructor' || !protoAccess.isPrototypeConstructor(parent, name, result))) return result;
  return protoAccess.resultIsAllowed(result, accessControl, name) ? result : undefined;
}

/** Strict mode's check on the last segment of a path printed on its own. */
function strict(parent: any, name: string, loc: unknown): unknown {
  if (!parent || !(name in parent)) throw new (Exception as any)(`"${name}" not defined in ${parent}`, { loc });
  return lookupProperty(parent, name);
}

/** The depth stack on entering a block with `context`, as the Handlebars runtime keeps it. */
function enter(context: unknown, depths: Depths): Depths {
  // eslint-disable-next-line eqeqeq
  return depths && context != depths[0] && !(context === nullContext && depths[0] === null) ? [context, ...depths] : depths;
}

/** A block's program as a helper receives it in `options.fn` / `options.inverse`. */
function wrap(program: Program, data: Frame, depths: Depths) {
  return (context: unknown, options: { data?: Frame } = {}) => program(context, options.data || data, enter(context, depths));
}

/** The built-in `if` (and `unless`, its branches swapped). */
function branch(self: unknown, value: unknown, includeZero: unknown, data: Frame, depths: Depths, fn: Program, inverse: Program): string {
  if (typeof value === 'function') value = value.call(self);
  const chosen = (!includeZero && !value) || Utils.isEmpty(value) ? inverse : fn;
  return chosen(self, data, enter(self, depths));
}

/** The built-in `with`. */
function within(self: unknown, value: unknown, data: Frame, depths: Depths, fn: Program, inverse: Program): string {
  if (typeof value === 'function') value = value.call(self);
  return Utils.isEmpty(value) ? inverse(self, data, enter(self, depths)) : fn(value, data, enter(value, depths));
}

/** A value printed on its own is called first when it is a function. */
function lambda(value: unknown, context: unknown): unknown {
  return typeof value === 'function' ? value.call(context) : value;
}

/** The built-in `each`, with the frame variables @index, @key, @first and @last. */
function each(self: unknown, value: any, data: Frame, depths: Depths, fn: Program, inverse: Program): string {
  if (typeof value === 'function') value = value.call(self);
  const frame = Utils.createFrame(data) as Frame;
  let out = '';
  let i = 0;
  const iteration = (field: string | number, index: number, last: boolean) => {
    frame.key = field;
    frame.index = index;
    frame.first = index === 0;
    frame.last = last;
    const item = value[field];
    out += fn(item, frame, enter(item, depths));
  };
  if (value && typeof value === 'object') {
    if (Array.isArray(value)) {
      for (const n = value.length; i < n; i++) if (i in value) iteration(i, i, i === value.length - 1);
    } else if (typeof value[Symbol.iterator] === 'function') {
      value = [...value];
      for (const n = value.length; i < n; i++) iteration(i, i, i === value.length - 1);
    } else {
      let prior: string | undefined;
      for (const key of Object.keys(value)) {
        if (prior !== undefined) iteration(prior, i - 1, false);
        prior = key;
        i++;
      }
      if (prior !== undefined) iteration(prior, i - 1, true);
    }
  }
  return i === 0 ? inverse(self, data, enter(self, depths)) : out;
}

function partial(partials: Record<string, unknown>, name: string, context: unknown, hash: Frame | undefined, indent: string): string {
  const fn = hasOwn.call(partials, name) ? partials[name] : undefined;
  if (typeof fn !== 'function') throw new (Exception as any)(`The partial ${name} could not be found`);
  const result = fn(hash ? Utils.extend({}, context, hash) : context) as string | null | undefined;
  if (result == null) throw new (Exception as any)(`The partial ${name} returned no output: partials must return a string`);
  if (!indent) return result;
  const lines = result.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i] && i + 1 === lines.length) break;
    lines[i] = indent + lines[i];
  }
  return lines.join('\n');
}

const RUNTIME = { lookupProperty, strict, enter, wrap, branch, within, each, lambda, partial, nullContext, noop };

/** The source of the code generator and the runtime it targets: generated code kept from another build is reused only if this is unchanged. */
export function compilerSource(): string {
  return [templateCode, Generator, location, ...Object.values(RUNTIME)].map(String).join('\n');
}
/** A helper's `this`: the context, or an empty object in place of null. */
const SELF = '(c != null ? c : NC)';

/**
 * Compiles a template to plain JavaScript with the semantics snipgen's Handlebars options give
 * (strict, knownHelpersOnly, noEscape): helpers are called directly, the built-in if, unless,
 * each and with are inlined. The Handlebars runtime instead wraps every registered helper and
 * builds its option objects again on every call, which made it most of the rendering time.
 * Returns undefined for what it leaves to Handlebars (a construct it does not compile, or a
 * template Handlebars would reject, so its error message is Handlebars' own).
 *
 * `builtins` are the environment's helpers before snipgen registered its own: a built-in is
 * inlined only while the environment still has it.
 */
export function compileFast(env: typeof Handlebars, source: string, builtins: Readonly<Record<string, unknown>>): ((context: unknown) => string) | undefined {
  const code = templateCode(env, source, builtins);
  return code === undefined ? undefined : instantiate(code, env);
}

/**
 * compileFast's JavaScript for the template, as text: it names the helpers it calls, so it can be
 * kept (precompiled at build time for the built-in templates) and instantiated in another
 * environment with the same helpers and partials.
 */
export function templateCode(env: typeof Handlebars, source: string, builtins: Readonly<Record<string, unknown>>): string | undefined {
  let ast: hbs.AST.Program;
  try {
    ast = Handlebars.parse(source);
  } catch {
    return undefined;
  }
  const generator = new Generator(env, builtins);
  let main: string;
  try {
    main = generator.program(ast);
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    throw e;
  }
  return (
    `const { lookupProperty: L, strict: S, wrap: W, branch: IF, within: WITH, each: EACH, lambda: LAMBDA, partial: P, nullContext: NC, noop: N } = rt;\n` +
    generator.constants.join('\n') +
    '\n' +
    generator.functions.join('\n') +
    `\nreturn function (context) { return ${main}(context, { root: context }, ${generator.usesDepths ? '[context]' : 'undefined'}); };`
  );
}

/** The template function for templateCode's text, bound to the environment's helpers and partials. */
export function instantiate(code: string, env: typeof Handlebars): (context: unknown) => string {
  return new Function('rt', 'helpers', 'partials', code)(RUNTIME, env.helpers, env.partials);
}

class Generator {
  readonly functions: string[] = [];
  /** `const` declarations the functions share: the helpers they call, the source locations they report. */
  readonly constants: string[] = [];
  private readonly helperNames = new Map<string, string>();
  usesDepths = false;

  constructor(
    private readonly env: typeof Handlebars,
    private readonly builtins: Readonly<Record<string, unknown>>,
  ) {}

  /** Emits a function (c: context, d: data frame, ds: depths) for a program; returns its name. */
  program(program: hbs.AST.Program | undefined): string {
    if (!program) return 'N';
    if (program.blockParams?.length) throw new Unsupported();
    const name = `p${this.functions.length}`;
    this.functions.push('');
    const lines = [`function ${name}(c, d, ds) {`, `  let o = '', v;`];
    for (const node of program.body as Node[]) lines.push(...this.statement(node).map((l) => '  ' + l));
    lines.push('  return o;', '}');
    this.functions[Number(name.slice(1))] = lines.join('\n');
    return name;
  }

  private statement(node: Node): string[] {
    switch (node.type) {
      case 'ContentStatement':
        return node.value ? [`o += ${JSON.stringify(node.value)};`] : [];
      case 'CommentStatement':
        return [];
      case 'MustacheStatement':
        return [`if ((v = ${this.mustache(node)}) != null) o += v;`];
      case 'BlockStatement':
        return [`if ((v = ${this.block(node)}) != null) o += v;`];
      case 'PartialStatement':
        return [`o += ${this.partial(node)};`];
      default:
        throw new Unsupported();
    }
  }

  /** `{{x}}`: a helper call, or a value looked up strictly (and called when it is a function). */
  private mustache(node: Node): string {
    if (this.isHelper(node)) return this.helperCall(node);
    return `LAMBDA(${this.path(node.path as Expression, true)}, c)`;
  }

  private block(node: Node): string {
    if (!this.isHelper(node)) throw new Unsupported();
    const name = (node.path as Expression).parts[0] as string;
    const params = node.params as Expression[];
    const pairs = (node.hash?.pairs ?? []) as Array<{ key: string; value: Expression }>;
    const builtin = this.env.helpers[name] === this.builtins[name] && params.length === 1;
    if (builtin && (name === 'if' || name === 'unless') && pairs.every((p) => p.key === 'includeZero')) {
      const includeZero = pairs.length ? this.expression(pairs[0]!.value) : 'undefined';
      const [yes, no] = [this.program(node.program), this.program(node.inverse)];
      return `IF(${SELF}, ${this.expression(params[0]!)}, ${includeZero}, d, ds, ${name === 'if' ? `${yes}, ${no}` : `${no}, ${yes}`})`;
    }
    if (builtin && (name === 'each' || name === 'with') && pairs.length === 0) {
      return `${name === 'each' ? 'EACH' : 'WITH'}(${SELF}, ${this.expression(params[0]!)}, d, ds, ${this.program(node.program)}, ${this.program(node.inverse)})`;
    }
    return this.helperCall(node);
  }

  private partial(node: Node): string {
    const name = node.name as Expression;
    if (name.type !== 'PathExpression' || (node.params as unknown[]).length > 1) throw new Unsupported();
    // A partial registered as template source is compiled by Handlebars on first use.
    const registered = this.env.partials[name.original];
    if (registered !== undefined && typeof registered !== 'function') throw new Unsupported();
    const context = node.params.length ? this.expression(node.params[0]) : 'c';
    const hash = node.hash ? this.hash(node.hash) : 'undefined';
    return `P(partials, ${JSON.stringify(name.original)}, ${context}, ${hash}, ${JSON.stringify(node.indent ?? '')})`;
  }

  /** Handlebars' classification under knownHelpersOnly: parameters, a hash or a known name make a helper call. */
  private isHelper(node: Node): boolean {
    const path = node.path as Expression;
    if (path.type !== 'PathExpression') throw new Unsupported();
    const simple = path.parts.length === 1 && !/^\.|this\b/.test(path.original) && !path.depth && !path.data;
    const withArguments = node.type === 'SubExpression' || (node.params as unknown[]).length > 0 || Boolean(node.hash);
    const helper = withArguments || (simple && hasOwn.call(this.env.helpers, path.parts[0]));
    if (!helper) return false;
    // A helper Handlebars would reject (unknown under knownHelpersOnly) or call by a path.
    if (!simple || typeof this.env.helpers[path.parts[0]] !== 'function') throw new Unsupported();
    return true;
  }

  private helperCall(node: Node): string {
    const name = (node.path as Expression).parts[0] as string;
    let helper = this.helperNames.get(name);
    if (!helper) this.helperNames.set(name, (helper = this.constant(`helpers[${JSON.stringify(name)}]`)));
    const args = (node.params as Expression[]).map((p) => this.expression(p));
    const options = [`name: ${JSON.stringify(name)}`, `hash: ${node.hash ? this.hash(node.hash) : '{}'}`, 'data: d', `loc: ${this.constant(JSON.stringify(location(node)))}`, 'lookupProperty: L'];
    if (node.type === 'BlockStatement') options.push(`fn: W(${this.program(node.program)}, d, ds)`, `inverse: ${node.inverse ? `W(${this.program(node.inverse)}, d, ds)` : 'N'}`);
    return `${helper}.call(${SELF}, ${[...args, `{ ${options.join(', ')} }`].join(', ')})`;
  }

  /** Handlebars assigns hash keys last to first; helpers that list them see that order. */
  private hash(hash: Node): string {
    return `{ ${[...(hash.pairs as Array<{ key: string; value: Expression }>)].reverse().map((p) => `${JSON.stringify(p.key)}: ${this.expression(p.value)}`).join(', ')} }`;
  }

  private expression(node: Expression): string {
    switch (node.type) {
      case 'SubExpression':
        this.isHelper(node as Node);
        return this.helperCall(node as Node);
      case 'PathExpression':
        return this.path(node, false);
      case 'StringLiteral':
        return JSON.stringify((node as hbs.AST.StringLiteral).value);
      case 'NumberLiteral':
        return String((node as hbs.AST.NumberLiteral).value);
      case 'BooleanLiteral':
        return String((node as hbs.AST.BooleanLiteral).value);
      case 'UndefinedLiteral':
        return 'undefined';
      case 'NullLiteral':
        return 'null';
      default:
        throw new Unsupported();
    }
  }

  /**
   * A path's value. Every segment is read with the runtime's property rules; a path printed on its
   * own (`terminal`) must end in a defined field, as strict mode requires.
   */
  private path(path: Expression, terminal: boolean): string {
    const parts = path.parts as string[];
    let base: string;
    if (path.data) {
      base = 'd';
      for (let i = 0; i < path.depth; i++) base = `(${base} && ${base}._parent)`;
    } else if (path.depth) {
      this.usesDepths = true;
      base = `ds[${path.depth}]`;
    } else base = 'c';
    if (parts.length === 0) return base;
    let code = base;
    parts.forEach((part, i) => {
      code = terminal && i === parts.length - 1 ? `S(${code}, ${JSON.stringify(part)}, ${this.constant(JSON.stringify(location(path)))})` : `L(${code}, ${JSON.stringify(part)})`;
    });
    return code;
  }

  /** A name for the expression, evaluated once when the template is instantiated. */
  private constant(expression: string): string {
    const name = `k${this.constants.length}`;
    this.constants.push(`const ${name} = ${expression};`);
    return name;
  }
}

function location(node: Node | Expression): { start: unknown; end: unknown } {
  return { start: node.loc?.start, end: node.loc?.end };
}
