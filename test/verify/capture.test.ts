import { connect, createServer, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { CaptureServer } from '../../src/verify/capture.js';

/** Sends raw bytes, so repeated headers and exact targets reach the server as written. */
function send(port: number, raw: string | Buffer): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.end(raw));
    let reply = '';
    socket.on('data', (d) => (reply += d.toString('latin1')));
    socket.on('end', () => resolve(reply));
    socket.on('error', reject);
  });
}

let server: CaptureServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('capture server', () => {
  it('listens on 127.0.0.1 only and records method, raw target, repeated headers in order and body bytes', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slot = await server.reserve();
    expect(slot.origin).toBe(`http://127.0.0.1:${slot.port}`);
    const reply = await server.listening(slot, () =>
      send(slot.port, 'PURGE /a%2Fb/c?x=1&x=2&y=a+b HTTP/1.1\r\nHost: h\r\nX-Trace: first\r\nx-trace: second\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhe\u0000lo'),
    );
    expect(reply).toMatch(/^HTTP\/1.1 200 OK/);
    expect(slot.requests).toHaveLength(1);
    const [request] = slot.requests;
    expect(request!.method).toBe('PURGE');
    expect(request!.rawTarget).toBe('/a%2Fb/c?x=1&x=2&y=a+b');
    expect(request!.headers.filter(([n]) => n.toLowerCase() === 'x-trace')).toEqual([
      ['X-Trace', 'first'],
      ['x-trace', 'second'],
    ]);
    expect(request!.body).toEqual(Buffer.from('he\u0000lo', 'latin1'));
  });

  it('routes each request to the slot whose port it arrived on', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const a = await server.reserve();
    const b = await server.reserve();
    await Promise.all([
      server.listening(a, () => send(a.port, 'GET /same HTTP/1.1\r\nHost: h\r\nX-From: a\r\nConnection: close\r\n\r\n')),
      server.listening(b, () => send(b.port, 'GET /same HTTP/1.1\r\nHost: h\r\nX-From: b\r\nConnection: close\r\n\r\n')),
    ]);
    expect(a.requests.map((r) => r.headers.find(([n]) => n === 'X-From')?.[1])).toEqual(['a']);
    expect(b.requests.map((r) => r.headers.find(([n]) => n === 'X-From')?.[1])).toEqual(['b']);
  });

  it('starts each server at its own point of the port range, so verify runs side by side seldom wait on each other', async () => {
    const servers = Array.from({ length: 5 }, () => new CaptureServer({ lifetimeMs: 10_000 }));
    try {
      // One after another: five servers starting at one point would all take the same first port.
      const first: number[] = [];
      for (const s of servers) first.push((await s.reserve()).port);
      expect(new Set(first).size).toBeGreaterThan(1);
    } finally {
      await Promise.all(servers.map((s) => s.close()));
    }
  });

  it('takes a remembered port when it is free and no other slot has it, and falls back to one the system picks', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const first = await server.reserve();
    const second = await server.reserve(first.port);
    expect(second.port).not.toBe(first.port);
    await server.close();
    server = new CaptureServer({ lifetimeMs: 10_000 });
    expect((await server.reserve(first.port)).port).toBe(first.port);
    // Another program listens on it: not taken.
    const other = createServer();
    await new Promise<void>((resolve) => other.listen(first.port, '127.0.0.1', resolve));
    try {
      server = new CaptureServer({ lifetimeMs: 10_000 });
      expect((await server.reserve(first.port)).port).not.toBe(first.port);
    } finally {
      other.close();
    }
  });

  it('reserves ports outside the range the system gives outgoing connections, which could take one before its run', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
    const slots = await Promise.all(Array.from({ length: 50 }, () => server!.reserve()));
    expect(new Set(slots.map((s) => s.port)).size).toBe(50);
    for (const { port } of slots) expect(port < low! || port > high!).toBe(true);
    // A remembered port inside that range is not taken again.
    expect((await server.reserve(low! + 1)).port).not.toBe(low! + 1);
  });

  it("listens on a slot's port only while its snippet runs, so a large run holds few sockets", async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slots = await Promise.all(Array.from({ length: 5 }, () => server!.reserve()));
    expect(new Set(slots.map((s) => s.port)).size).toBe(5);
    for (const slot of slots) await expect(send(slot.port, 'GET / HTTP/1.1\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
    await server.listening(slots[0]!, () => send(slots[0]!.port, 'GET /run HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n'));
    expect(slots[0]!.requests.map((r) => r.rawTarget)).toEqual(['/run']);
    await expect(send(slots[0]!.port, 'GET /late HTTP/1.1\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
  });

  it("ends a run's kept-alive connections with its listening, which would otherwise wait for them", async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slot = await server.reserve();
    let client: Socket | undefined;
    const closed = new Promise<void>((resolve) => {
      void server!.listening(slot, async () => {
        client = connect({ host: '127.0.0.1', port: slot.port });
        client.on('close', () => resolve());
        client.on('error', () => undefined);
        client.write('GET /kept HTTP/1.1\r\nHost: h\r\n\r\n');
        await new Promise<void>((answered) => client!.once('data', () => answered()));
      });
    });
    const started = Date.now();
    await closed;
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(slot.requests.map((r) => r.rawTarget)).toEqual(['/kept']);
  });

  it('takes turns on a port two slots share', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const a = await server.reserve();
    const b = { ...a, requests: [] };
    const order: string[] = [];
    await Promise.all(
      [a, b].map((slot, i) =>
        server!.listening(slot, async () => {
          order.push(`start ${i}`);
          await send(slot.port, `GET /${i} HTTP/1.1\r\nHost: h\r\nConnection: close\r\n\r\n`);
          order.push(`end ${i}`);
        }),
      ),
    );
    expect(order).toEqual(['start 0', 'end 0', 'start 1', 'end 1']);
    expect([a.requests.map((r) => r.rawTarget), b.requests.map((r) => r.rawTarget)]).toEqual([['/0'], ['/1']]);
  });

  it('accepts the hostile fixtures’ 10,000-character headers', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slot = await server.reserve();
    await server.listening(slot, () => send(slot.port, `GET /?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: h\r\nX-Long: ${'x'.repeat(20_000)}\r\nConnection: close\r\n\r\n`));
    expect(slot.requests).toHaveLength(1);
  });

  it('does not leave a port listening when it is closed while the port is being opened', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slot = await server.reserve();
    const opening = server.listening(slot, async () => 'ran');
    await server.close();
    await expect(opening).rejects.toThrow(/closed/);
    await expect(send(slot.port, 'GET / HTTP/1.1\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
  });

  it('closes itself when its lifetime is over', async () => {
    server = new CaptureServer({ lifetimeMs: 50 });
    const slot = await server.reserve();
    await server.listening(slot, async () => {
      await new Promise((r) => setTimeout(r, 150));
      await expect(send(slot.port, 'GET / HTTP/1.1\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
    });
    await expect(server.listening(slot, async () => undefined)).rejects.toThrow(/closed/);
  });
});
