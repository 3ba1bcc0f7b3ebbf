// `handlebars` as the CLI bundle sees it (scripts/bundle.mjs): the same object as the package's
// main export, but its compiler (parser, code generator) is loaded only when something asks for
// it. A run whose templates all have code kept by the build never parses one, and loading the
// compiler was most of the cost of loading Handlebars.
'use strict';

// Babel's interop as Handlebars' own modules use it: some replace module.exports by their default export.
const interop = (exports) => (exports && exports.__esModule ? exports.default : exports);
const runtime = interop(require('handlebars/dist/cjs/handlebars.runtime.js'));

let modules;
function compiler() {
  return (modules ??= {
    ast: interop(require('handlebars/dist/cjs/handlebars/compiler/ast.js')),
    base: require('handlebars/dist/cjs/handlebars/compiler/base.js'),
    compiler: require('handlebars/dist/cjs/handlebars/compiler/compiler.js'),
    javascriptCompiler: interop(require('handlebars/dist/cjs/handlebars/compiler/javascript-compiler.js')),
    visitor: interop(require('handlebars/dist/cjs/handlebars/compiler/visitor.js')),
    printer: require('handlebars/dist/cjs/handlebars/compiler/printer.js'),
  });
}

function lazy(target, name, get) {
  Object.defineProperty(target, name, { configurable: true, enumerable: true, get, set: (value) => Object.defineProperty(target, name, { configurable: true, enumerable: true, writable: true, value }) });
}

/** handlebars/dist/cjs/handlebars.js's create(), with the compiler's members resolved on use. */
function create() {
  const hb = runtime.create();
  hb.compile = (input, options) => compiler().compiler.compile(input, options, hb);
  hb.precompile = (input, options) => compiler().compiler.precompile(input, options, hb);
  hb.parse = (input, options) => compiler().base.parse(input, options);
  hb.parseWithoutProcessing = (input, options) => compiler().base.parseWithoutProcessing(input, options);
  lazy(hb, 'AST', () => compiler().ast);
  lazy(hb, 'Compiler', () => compiler().compiler.Compiler);
  lazy(hb, 'JavaScriptCompiler', () => compiler().javascriptCompiler);
  lazy(hb, 'Parser', () => compiler().base.parser);
  return hb;
}

const inst = create();
inst.create = create;
interop(require('handlebars/dist/cjs/handlebars/no-conflict.js'))(inst);
lazy(inst, 'Visitor', () => compiler().visitor);
// lib/index.js adds these to the main export.
lazy(inst, 'PrintVisitor', () => compiler().printer.PrintVisitor);
lazy(inst, 'print', () => compiler().printer.print);
inst.default = inst;

module.exports = inst;
