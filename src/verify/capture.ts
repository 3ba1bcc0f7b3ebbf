import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer, type Server as NetServer, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
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

/** Linux's ip_local_port_range; its default when it cannot be read. */
function ephemeralPorts(): [number, number] {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    if (low && high && low <= high) return [low, high];
  } catch {
    // Not Linux, or no /proc: the default below.
  }
  return [32768, 60999];
}

/** Closes a listening socket; resolves once it is closed (also when it already was). */
function stopListening(listener: NetServer): Promise<void> {
  return new Promise((resolve) => listener.close(() => resolve()));
}

function inRange(port: number, [low, high]: readonly [number, number]): boolean {
  return port >= low && port <= high;
}
/** JSON, because reference-style snippets often parse the response as JSON. */
const RESPONSE_BODY = '{"ok":true}\n';

/**
 * A recording HTTP server on 127.0.0.1 only. Snippets of one language run concurrently, and a
 * snippet must send the documented path, so requests cannot be told apart by URL: instead every
 * snippet gets its own port (a slot), listened on while it runs, and one HTTP parser serves the
 * connections of all ports, routing each request by the local port it arrived on.
 */
export class CaptureServer {
  // maxHeaderSize: room for the hostile fixtures' 10,000-character query values and headers.
  private readonly http = createHttpServer({ requestTimeout: 30_000, maxHeaderSize: 1024 * 1024 }, (req, res) => this.handle(req, res));
  private readonly listeners = new Set<NetServer>();
  private readonly sockets = new Set<Socket>();
  /** Every port a slot has, listened on or not. */
  private readonly reserved = new Set<number>();
  /** The slot listening on each port now, and when it stops. */
  private readonly active = new Map<number, { slot: Slot; released: Promise<void> }>();
  /**
   * The system's range for the local ports of outgoing connections: a reserved port stays out of
   * it, since between reserve and listening any connection on the machine could take it.
   */
  private readonly ephemeral = ephemeralPorts();
  private readonly candidates = 65535 - 1024 + 1 - (this.ephemeral[1] - this.ephemeral[0] + 1);
  /**
   * Where this server starts looking: a random point, so that verify runs at once on one machine
   * (test workers, CI jobs) seldom pick the same ports, where each would wait for the other's run.
   */
  private cursor = 1024 + Math.floor(Math.random() * (65535 - 1024));
  private shared = 0;
  private readonly lifetime: NodeJS.Timeout;
  private closed = false;

  constructor(private readonly options: CaptureOptions) {
    this.lifetime = setTimeout(() => void this.close(), options.lifetimeMs);
    this.lifetime.unref();
  }

  /**
   * A port for one snippet: chosen now, since it is written into the snippet's code, but listened
   * on only while the snippet runs (`listening`). A verify of a large API has tens of thousands
   * of snippets, more than a process may hold sockets open. `preferred` (the snippet's port last
   * time) when it is free, outside the ephemeral range and no other slot of this server has it,
   * else the next such port; once every port has a slot, slots share ports, and `listening` takes
   * turns on a shared one.
   */
  async reserve(preferred?: number): Promise<Slot> {
    if (this.closed) throw new Error('capture server is closed');
    const usable = (port: number) => !inRange(port, this.ephemeral) && !this.reserved.has(port);
    let port = preferred !== undefined && usable(preferred) && (await this.isFree(preferred)) ? preferred : undefined;
    for (let tried = 0; port === undefined && tried < this.candidates; tried++) {
      const candidate = this.nextCandidate();
      if (usable(candidate) && (await this.isFree(candidate))) port = candidate;
    }
    // Every candidate has a slot or another program: slots take turns on a shared port.
    port ??= [...this.reserved][this.shared++ % this.reserved.size];
    if (port === undefined) throw new Error('capture server: no port to listen on 127.0.0.1');
    this.reserved.add(port);
    return { port, origin: `http://${HOST}:${port}`, requests: [] };
  }

  /** The ports outside the ephemeral range, in turn. */
  private nextCandidate(): number {
    do this.cursor = this.cursor >= 65535 ? 1024 : this.cursor + 1;
    while (inRange(this.cursor, this.ephemeral));
    return this.cursor;
  }

  /**
   * Listens on the slot's port while `use` runs: what arrives there meanwhile is the slot's. When
   * another slot of this server listens on the same port, waits for it; when another program
   * does, tries again for a few seconds before giving up.
   */
  async listening<T>(slot: Slot, use: () => Promise<T>): Promise<T> {
    for (let waited = 0; ; ) {
      if (this.closed) throw new Error('capture server is closed');
      const holder = this.active.get(slot.port);
      if (holder) {
        await holder.released;
        continue;
      }
      const listener = await this.listen(slot.port);
      // Closed while it started listening: close() has already closed the listeners it knew of.
      if (listener && this.closed) {
        await stopListening(listener);
        throw new Error('capture server is closed');
      }
      if (listener) {
        let release = (): void => undefined;
        this.active.set(slot.port, { slot, released: new Promise<void>((resolve) => (release = resolve)) });
        this.listeners.add(listener);
        try {
          return await use();
        } finally {
          this.listeners.delete(listener);
          // A client's kept-alive connection would hold the close (and the port) until it times out.
          for (const socket of this.sockets) if (socket.localPort === slot.port) socket.destroy();
          await stopListening(listener);
          this.active.delete(slot.port);
          release();
        }
      }
      if (waited >= 5_000) throw new Error(`capture server: another program listens on 127.0.0.1:${slot.port}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
      waited += 100;
    }
  }

  private async isFree(port: number): Promise<boolean> {
    const listener = await this.listen(port);
    if (!listener) return false;
    await stopListening(listener);
    return true;
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
    await Promise.all([...this.listeners].map(stopListening));
    this.http.close();
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const slot = this.active.get(req.socket.localPort ?? -1)?.slot;
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
