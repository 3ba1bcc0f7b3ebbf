import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { runWorkerSync } from './sync-worker.js';

/** A `$ref` that could not be followed: where it is written (a path of keys in `source`) and why. */
export interface RefProblem {
  message: string;
  /** The file that holds the `$ref` (absolute), when the parser says. */
  source?: string;
  /** The keys leading to the object holding the `$ref`, in `source`. */
  path?: string[];
}

/** A `$ref` snipgen refused to read: over the network, or to a file outside the allowed folders. */
export interface RefRefusal {
  why: 'network' | 'outside';
  /** What was asked for: a URL, or the absolute path it resolves to. */
  target: string;
  /** The `$ref` as written, and the place of the object holding it (`file#/json/pointer`), when known. */
  ref?: string;
  base?: string;
}

export type ParseResult =
  | {
      ok: true;
      document: Record<string, unknown>;
      bundled: Record<string, unknown> | null;
      /** What validation found: the parser's messages, unlocated. */
      invalid: string[];
      warnings: string[];
      /** `$ref`s that could not be followed; the document holds null where each would go. */
      refProblems: RefProblem[];
      refusals: RefRefusal[];
    }
  | { ok: false; errors: string[]; refusals: RefRefusal[] };

// Runs in the worker as a CommonJS script, so it works the same from src/ (tests) and dist/.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs');
const path = require('node:path');
const url = require('node:url');
const { port, signal, file, library, refLibrary, bundle, roots } = workerData;
const refusals = [];
const inside = (p) => roots.some((root) => p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep));
// Every $ref is read through this resolver (the parser's own file and http resolvers are off):
// a document is published, so what a $ref pulls in must come from the folders the user named.
const guard = {
  order: 1,
  canRead: true,
  async read(f) {
    const where = { ref: f.reference, base: f.baseUrl };
    if (/^[a-z][a-z0-9+.-]+:/i.test(f.url) && !/^file:/i.test(f.url)) {
      refusals.push({ why: 'network', target: f.url, ...where });
      throw new Error('snipgen does not read a $ref over the network: ' + f.url);
    }
    const written = /^file:/i.test(f.url) ? url.fileURLToPath(f.url) : decodeURIComponent(f.url);
    let real;
    try {
      real = fs.realpathSync(written);
    } catch {
      real = path.resolve(written);
    }
    if (!inside(real)) {
      refusals.push({ why: 'outside', target: real, ...where });
      throw new Error('snipgen does not read a $ref outside the document folder: ' + real);
    }
    try {
      return await fs.promises.readFile(real);
    } catch (e) {
      throw new Error('Error opening file ' + written + ': ' + e.message);
    }
  },
};
const options = { resolve: { file: guard, http: { canRead: false } } };
const message = (e) => String(e && e.message ? e.message : e);
(async () => {
  let result;
  try {
    const parser = require(library);
    let validation;
    try {
      validation = await parser.validate(file, options);
    } catch (e) {
      validation = { valid: false, errors: [{ message: message(e) }], warnings: [] };
    }
    let document;
    let refProblems = [];
    try {
      document = await parser.dereference(file, options);
    } catch {
      // Again, past every problem: each is reported, and the operations that do not use a
      // broken $ref can still be read.
      const { $RefParser } = require(refLibrary);
      const refParser = new $RefParser();
      try {
        await refParser.dereference(file, {
          continueOnError: true,
          resolve: { file: guard, http: false },
          dereference: { circular: true, preservedProperties: ['summary', 'description'] },
        });
      } catch (group) {
        const errors = Array.isArray(group && group.errors) ? group.errors : [group];
        refProblems = errors.map((e) => ({ message: message(e), source: typeof e.source === 'string' ? e.source : undefined, path: Array.isArray(e.path) ? e.path.map(String) : undefined }));
      }
      document = refParser.schema;
    }
    let bundled = null;
    if (bundle && document) {
      try {
        bundled = await parser.bundle(file, options);
      } catch (e) {
        // The same broken $ref the dereferencing found, unless that went through.
        if (!refProblems.length) refProblems.push({ message: message(e) });
      }
    }
    result = document
      ? { ok: true, document, bundled, invalid: validation.valid ? [] : validation.errors.map((e) => e.message), warnings: validation.warnings.map((w) => w.message), refProblems, refusals }
      : { ok: false, errors: refProblems.map((p) => p.message), refusals };
  } catch (e) {
    result = { ok: false, errors: [message(e)], refusals };
  }
  try {
    port.postMessage(result);
  } catch (e) {
    port.postMessage({ ok: false, errors: ['the dereferenced document cannot be passed back: ' + e.message], refusals });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
})();
`;

const TIMEOUT_MS = 5 * 60_000;

/**
 * Validates and dereferences an OpenAPI/Swagger file with @readme/openapi-parser, and bundles
 * it (external references pulled in) when `bundle` is set. A `$ref` is read only from a file
 * inside the document's folder or one of `refRoots`, never over the network; what was refused
 * comes back in `refusals`. A broken `$ref` does not stop the reading: it comes back in
 * `refProblems`, with null in the document where it would go.
 *
 * The parser is asynchronous while loading, generating and checking are synchronous for every
 * caller (gen, check, verify, watch and the library API), so it runs in a worker thread that
 * this thread blocks on. Circular references come back as circular objects (structured clone
 * keeps them).
 */
export function parseOpenApiSync(file: string, bundle: boolean, refRoots: readonly string[] = []): ParseResult {
  const require = createRequire(import.meta.url);
  const library = require.resolve('@readme/openapi-parser');
  const refLibrary = require.resolve('@apidevtools/json-schema-ref-parser');
  const roots = [dirname(resolve(file)), ...refRoots.map((r) => resolve(r))].map(real);
  const result = runWorkerSync<ParseResult>(WORKER_SOURCE, { file: resolve(file), library, refLibrary, bundle, roots }, TIMEOUT_MS, 'the OpenAPI parser');
  return 'failed' in result ? { ok: false, errors: [result.failed], refusals: [] } : result;
}

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
