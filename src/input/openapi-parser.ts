import { createRequire } from 'node:module';
import { MessageChannel, Worker, receiveMessageOnPort } from 'node:worker_threads';

export type ParseResult =
  | { ok: true; document: Record<string, unknown>; bundled: Record<string, unknown> | null; warnings: string[] }
  | { ok: false; errors: string[] };

// Runs in the worker as a CommonJS script, so it works the same from src/ (tests) and dist/.
const WORKER_SOURCE = `
const { workerData } = require('node:worker_threads');
const { port, signal, file, library, bundle } = workerData;
(async () => {
  let result;
  try {
    const parser = require(library);
    const validation = await parser.validate(file);
    if (!validation.valid) {
      result = { ok: false, errors: validation.errors.map((e) => e.message) };
    } else {
      const document = await parser.dereference(file);
      const bundled = bundle ? await parser.bundle(file) : null;
      result = { ok: true, document, bundled, warnings: validation.warnings.map((w) => w.message) };
    }
  } catch (e) {
    result = { ok: false, errors: [String(e && e.message ? e.message : e)] };
  }
  try {
    port.postMessage(result);
  } catch (e) {
    port.postMessage({ ok: false, errors: ['the dereferenced document cannot be passed back: ' + e.message] });
  }
  Atomics.store(signal, 0, 1);
  Atomics.notify(signal, 0);
})();
`;

const TIMEOUT_MS = 5 * 60_000;

/**
 * Validates and dereferences an OpenAPI/Swagger file with @readme/openapi-parser, and bundles
 * it (external references pulled in) when `bundle` is set. The parser is
 * asynchronous while loading, generating and checking are synchronous for every caller (gen,
 * check, verify, watch and the library API), so it runs in a worker thread that this thread
 * blocks on. Circular references come back as circular objects (structured clone keeps them).
 */
export function parseOpenApiSync(file: string, bundle: boolean): ParseResult {
  const library = createRequire(import.meta.url).resolve('@readme/openapi-parser');
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(WORKER_SOURCE, {
    eval: true,
    workerData: { port: port2, signal, file, library, bundle },
    transferList: [port2],
  });
  worker.unref();
  try {
    if (Atomics.wait(signal, 0, 0, TIMEOUT_MS) === 'timed-out') {
      return { ok: false, errors: [`the OpenAPI parser did not finish within ${TIMEOUT_MS / 1000} s`] };
    }
    const message = receiveMessageOnPort(port1);
    return message ? (message.message as ParseResult) : { ok: false, errors: ['the OpenAPI parser stopped without a result'] };
  } finally {
    port1.close();
    void worker.terminate();
  }
}
