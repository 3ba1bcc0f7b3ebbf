import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SnipgenError } from '../errors.js';
import { EVENTS_PATH } from '../output/preview-assets.js';

export interface PreviewServer {
  url: string;
  /** Serves `html` from now on and tells every open page to reload. */
  update(html: string): void;
  close(): Promise<void>;
}

/**
 * Serves the preview page, and nothing else, on 127.0.0.1: `/` and `/preview.html` answer the
 * page, `EVENTS_PATH` is a Server-Sent Events stream that says `reload` after each `update`. A
 * request whose Host is not this address (a DNS-rebinding page in the user's browser) is refused.
 */
export async function servePreview(html: string, port: number): Promise<PreviewServer> {
  let page = html;
  const listeners = new Set<ServerResponse>();
  let allowedHosts = new Set<string>();
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (!allowedHosts.has(req.headers.host ?? '')) return send(res, 403, 'text/plain; charset=utf-8', 'forbidden: not a local address\n');
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed\n');
    if (path === '/' || path === '/preview.html') return send(res, 200, 'text/html; charset=utf-8', page);
    if (path === EVENTS_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
      res.write(': snipgen preview\n\n');
      listeners.add(res);
      req.on('close', () => listeners.delete(res));
      return;
    }
    send(res, 404, 'text/plain; charset=utf-8', 'not found: this server serves only the preview page\n');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(e.code === 'EADDRINUSE' ? new SnipgenError(`--serve ${port}: the port is in use (pass another, or 0 for any free port)`, 'usage') : e),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const actual = (server.address() as AddressInfo).port;
  allowedHosts = new Set([`127.0.0.1:${actual}`, `localhost:${actual}`]);
  return {
    url: `http://127.0.0.1:${actual}/`,
    update(html) {
      page = html;
      for (const res of listeners) res.write('event: reload\ndata: rebuilt\n\n');
    },
    close() {
      for (const res of listeners) res.end();
      return new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-length': Buffer.byteLength(body),
    'x-content-type-options': 'nosniff',
  });
  res.end(body);
}

/** `--serve [port]`: true (no value) is the default port. */
export function parsePort(value: string | true): number {
  if (value === true) return DEFAULT_PORT;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535) throw new SnipgenError(`--serve ${value}: expected a port number (0 for any free port)`, 'usage');
  return n;
}

export const DEFAULT_PORT = 4680;
