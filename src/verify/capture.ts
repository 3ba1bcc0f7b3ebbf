import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';

/** One request exactly as it arrived, before any interpretation. */
export interface CapturedRequest {
  method: string;
  /** The request target as sent: path and query, still percent-encoded. */
  rawTarget: string;
  /** Header lines in arrival order, names as the client spelled them; repeats stay separate. */
  headers: Array<[string, string]>;
  body: Buffer;
  /** Set when the body went over the size limit and was cut. */
  truncated: boolean;
}

/** A port of the capture server that belongs to one snippet: what arrives here is that snippet's. */
export interface Slot {
  port: number;
  origin: string;
  requests: CapturedRequest[];
  /**
   * A browser runner's slot: the folder holding the page that runs the snippet. The browser's own
   * loads on this port (the page, its scripts, a favicon) are answered from it and not recorded.
   */
  pages?: string;
}

/** Where a browser runner's page and scripts are served from on their slot's origin. */
export const PAGE_PREFIX = '/.snipgen-page/';

const PAGE_TYPES: Readonly<Record<string, string>> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

export interface CaptureOptions {
  /** The server closes itself after this long even if nobody calls close(). */
  lifetimeMs: number;
  /** Bodies beyond this are cut, so a runaway snippet cannot exhaust memory. */
  maxBodyBytes?: number;
}

const HOST = '127.0.0.1';
/** JSON, because reference-style snippets often parse the response as JSON. */
const RESPONSE_BODY = '{"ok":true}\n';

/**
 * A recording HTTP server on 127.0.0.1 only. Snippets of one language run concurrently, and a
 * snippet must send the documented path, so requests cannot be told apart by URL: instead every
 * snippet gets its own port (a slot), and one HTTP parser serves the connections of all ports,
 * routing each request by the local port it arrived on.
 */
export class CaptureServer {
  // maxHeaderSize: room for the hostile fixtures' 10,000-character query values and headers.
  private readonly http = createHttpServer({ requestTimeout: 30_000, maxHeaderSize: 1024 * 1024 }, (req, res) => this.handle(req, res));
  private readonly listeners: NetServer[] = [];
  private readonly sockets = new Set<Socket>();
  private readonly slots = new Map<number, Slot>();
  private readonly lifetime: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: CaptureOptions) {
    this.lifetime = setTimeout(() => void this.close(), options.lifetimeMs);
    this.lifetime.unref();
  }

  /** Opens a new port on 127.0.0.1: `preferred` when it is free, else one the system picks. */
  async slot(preferred?: number): Promise<Slot> {
    if (this.closed) throw new Error('capture server is closed');
    const listener = (preferred !== undefined && (await this.listen(preferred))) || (await this.listen(0));
    if (!listener) throw new Error('capture server: cannot listen on 127.0.0.1');
    this.listeners.push(listener);
    const address = listener.address();
    if (!address || typeof address === 'string') throw new Error('capture server: no port');
    const slot: Slot = { port: address.port, origin: `http://${HOST}:${address.port}`, requests: [] };
    this.slots.set(slot.port, slot);
    return slot;
  }

  private async listen(port: number): Promise<NetServer | null> {
    const listener = createNetServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      this.http.emit('connection', socket);
    });
    return new Promise((resolve) => {
      listener.once('error', () => resolve(null));
      listener.listen({ host: HOST, port, exclusive: true }, () => resolve(listener));
    });
  }

  /** Stops listening and drops every open connection. Safe to call more than once. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.lifetime);
    for (const socket of this.sockets) socket.destroy();
    await Promise.all(this.listeners.map((l) => new Promise<void>((resolve) => l.close(() => resolve()))));
    this.http.close();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const slot = this.slots.get(req.socket.localPort ?? -1);
    // Told apart by Sec-Fetch-Dest, not by path: a page load says document, script or image, while
    // a script's XMLHttpRequest always says "empty" and cannot say otherwise (Sec- names are
    // forbidden to scripts), so whatever path a spec has, its request is never taken for a load.
    const dest = req.headers['sec-fetch-dest'];
    if (slot?.pages && dest !== undefined && dest !== 'empty') {
      void this.servePage(slot.pages, req, res);
      return;
    }
    const limit = this.options.maxBodyBytes ?? 64 * 1024 * 1024;
    const chunks: Buffer[] = [];
    let size = 0;
    let truncated = false;
    req.on('data', (chunk: Buffer) => {
      if (size + chunk.length > limit) {
        truncated = true;
        chunks.push(chunk.subarray(0, limit - size));
        size = limit;
      } else {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    req.on('end', () => {
      const headers: Array<[string, string]> = [];
      for (let i = 0; i + 1 < req.rawHeaders.length; i += 2) headers.push([req.rawHeaders[i]!, req.rawHeaders[i + 1]!]);
      slot?.requests.push({ method: req.method ?? '', rawTarget: req.url ?? '', headers, body: Buffer.concat(chunks), truncated });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(RESPONSE_BODY) });
      res.end(req.method === 'HEAD' ? undefined : RESPONSE_BODY);
    });
  }

  private async servePage(folder: string, req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.resume();
    const path = (req.url ?? '').split('?')[0]!;
    const name = basename(path);
    const type = PAGE_TYPES[/\.[a-z]+$/.exec(name)?.[0] ?? ''];
    const content = path === PAGE_PREFIX + name && type ? await readFile(join(folder, name)).catch(() => undefined) : undefined;
    if (!content) {
      res.writeHead(404, { 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': type!, 'Content-Length': content.length, 'Cache-Control': 'no-store' });
    res.end(content);
  }
}
