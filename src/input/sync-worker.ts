import { createRequire } from 'node:module';

/**
 * Runs `source` (a CommonJS script) in a worker thread and blocks this thread until it posts its
 * one result. For asynchronous libraries (the OpenAPI parser, tree-sitter's wasm runtime) under
 * importers that are synchronous for every caller (gen, check, verify, watch, the library API).
 * The script gets `workerData` with `port` and `signal` besides `data`, and must end with
 * `port.postMessage(result); Atomics.store(signal, 0, 1); Atomics.notify(signal, 0);`.
 */
export function runWorkerSync<T>(source: string, data: Record<string, unknown>, timeoutMs: number, what: string): T | { failed: string } {
  // Loaded here, not on import: most runs (a YAML spec, a HAR) never start a worker.
  const { MessageChannel, Worker, receiveMessageOnPort } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  const signal = new Int32Array(new SharedArrayBuffer(4));
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(source, { eval: true, workerData: { ...data, port: port2, signal }, transferList: [port2] });
  worker.unref();
  try {
    if (Atomics.wait(signal, 0, 0, timeoutMs) === 'timed-out') return { failed: `${what} did not finish within ${timeoutMs / 1000} s` };
    const message = receiveMessageOnPort(port1);
    return message ? (message.message as T) : { failed: `${what} stopped without a result` };
  } finally {
    port1.close();
    void worker.terminate();
  }
}
