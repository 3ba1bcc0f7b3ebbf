// Part of `npm run build`, after tsc: bundles the CLI (dist/src, as tsc emitted it, with the pure
// JavaScript packages every run loads) into dist/cli/bundle/snipgen.cjs, keeps the built-in
// templates' code beside it, and records V8's code cache for it after a sample run. bin/snipgen.js
// starts from the bundle only while every file recorded in dist/cli.json is unchanged, and from
// dist/src otherwise. The library entry (`main`) stays dist/src.
//   node scripts/bundle.mjs              the whole step
//   node scripts/bundle.mjs precompile   (internal) the templates' code, in a process of its own
//   node scripts/bundle.mjs cache        (internal) the sample run and the code cache, likewise
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { BUILD_RECORD, BUNDLE, CODE_CACHE, ROOT, fileState, runBundle } from '../bin/bundle.js';

async function bundle() {
  const esbuild = await import('esbuild');
  // A half-made bundle must never be taken for a fresh one.
  rmSync(BUILD_RECORD, { force: true });
  rmSync(join(ROOT, 'dist', 'cli'), { recursive: true, force: true });
  rmSync(CODE_CACHE, { force: true });
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  // Bundled: what every run loads. The rest stays in node_modules, loaded by the commands that
  // need it (some find their own files beside them: grammars, schemas, wasm).
  const bundled = new Set(['yaml', 'commander', 'handlebars']);
  const src = join(ROOT, 'dist', 'src');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    stdin: {
      // The CLI, and what the build needs to keep the templates' code for this very code.
      contents: [
        `export { main, reportError, EXIT } from './cli.js';`,
        `export { CLIENTS } from './clients/index.js';`,
        `export { precompileTemplates } from './render/index.js';`,
        `export { PRECOMPILED_TEMPLATES } from './render/precompiled.js';`,
      ].join('\n'),
      resolveDir: src,
      sourcefile: '<entry>',
    },
    outfile: BUNDLE,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: Object.keys(manifest.dependencies ?? {}).filter((name) => !bundled.has(name)),
    // import.meta.url of the module code: the bundle's own URL (resolving packages, finding the package root).
    define: { 'import.meta.url': '__snipgenUrl' },
    banner: { js: `const __snipgenUrl = require('node:url').pathToFileURL(__filename).href;` },
    plugins: [handlebarsPlugin(src)],
    // Half the bytes to read at every start and to hash for gen's stamp; names are kept. (To
    // debug in readable code, remove dist/cli.json: bin/ then runs dist/src.)
    minifyWhitespace: true,
    minifySyntax: true,
    metafile: true,
    logLevel: 'warning',
  });
  run('precompile');
  run('cache');
  // Bundled packages are recorded by their package.json, which an install of another version
  // replaces: checking each of their files on every start cost more than the rest of the check.
  const inputs = new Set();
  for (const path of Object.keys(result.metafile.inputs)) {
    if (path.endsWith('<entry>')) continue;
    // From the first node_modules/ on: a node_modules linked from elsewhere gives esbuild a path
    // outside the package, while the CLI looks for the package from its own root.
    const modules = path.indexOf('node_modules/');
    const pkg = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(modules === -1 ? path : path.slice(modules));
    inputs.add(pkg ? `${pkg[1]}/package.json` : path);
  }
  const outputs = [BUNDLE, join(ROOT, 'dist', 'cli', 'bundle', 'precompiled-templates.json'), CODE_CACHE].map((file) => relative(ROOT, file));
  writeFileSync(BUILD_RECORD, JSON.stringify({ files: [...inputs, ...outputs].map(fileState) }));
}

/**
 * `handlebars` is scripts/handlebars-lazy.cjs, which loads the compiler on use; and the modules
 * that require a part of Handlebars through createRequire get the bundled one, so there is one
 * Handlebars runtime (its prototype-access warnings are given once, as without the bundle).
 */
function handlebarsPlugin(src) {
  return {
    name: 'handlebars',
    setup(build) {
      build.onResolve({ filter: /^handlebars$/ }, () => ({ path: join(ROOT, 'scripts', 'handlebars-lazy.cjs') }));
      build.onLoad({ filter: /\.js$/ }, (args) => {
        if (!args.path.startsWith(src)) return undefined;
        const code = readFileSync(args.path, 'utf8');
        return { contents: code.replaceAll(`createRequire(import.meta.url)('handlebars/`, `require('handlebars/`), loader: 'js' };
      });
    },
  };
}

function run(name) {
  const child = spawnSync(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs'), name], { stdio: 'inherit' });
  if (child.status !== 0) throw new Error(`scripts/bundle.mjs ${name} failed`);
}

/** The built-in templates' code as the bundle generates it: its keys cover the bundled compiler's text, not dist/src's. */
function precompile() {
  const { exports } = runBundle(readFileSync(BUNDLE, 'utf8'));
  writeFileSync(exports.PRECOMPILED_TEMPLATES, JSON.stringify(exports.precompileTemplates(exports.CLIENTS)));
}

/**
 * V8 compiles a function when it first runs; the cache holds every function compiled so far, so
 * it is made after a `gen` of a sample endpoint with every client (what a short run does).
 */
async function cache() {
  const { exports, script } = runBundle(readFileSync(BUNDLE, 'utf8'));
  const work = mkdtempSync(join(tmpdir(), 'snipgen-bundle-'));
  const cwd = process.cwd();
  try {
    mkdirSync(join(work, 'specs'));
    writeFileSync(join(work, 'specs', 'sample.yaml'), SAMPLE);
    process.chdir(work);
    const output = [];
    const io = { out: (text) => output.push(text), err: (text) => output.push(text) };
    const code = await exports.main(['gen', '--out', 'out', 'specs'], io);
    if (code !== 0) throw new Error(`the sample run failed (exit ${code}):\n${output.join('')}`);
  } finally {
    process.chdir(cwd);
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(CODE_CACHE, script.createCachedData());
}

const SAMPLE = `id: sample
title: Sample
method: POST
baseUrl: https://api.example.com/v1
path: /users/{user}/keys
pathParams: { user: Jane Doe }
query: { tag: [a, b], limit: 10 }
headers: { X-Trace: abc }
auth: { type: bearer, token: <token>, env: SAMPLE_TOKEN }
body:
  json: { name: My key, limit: 50, tags: [x, y], nested: { on: true, ratio: 0.5 } }
`;

const step = process.argv[2];
if (step === 'precompile') precompile();
else if (step === 'cache') await cache();
else await bundle();
