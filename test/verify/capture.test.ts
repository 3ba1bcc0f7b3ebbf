import { connect } from 'node:net';
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
    const slot = await server.slot();
    expect(slot.origin).toBe(`http://127.0.0.1:${slot.port}`);
    const reply = await send(
      slot.port,
      'PURGE /a%2Fb/c?x=1&x=2&y=a+b HTTP/1.1\r\nHost: h\r\nX-Trace: first\r\nx-trace: second\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhe\u0000lo',
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
    const a = await server.slot();
    const b = await server.slot();
    await Promise.all([
      send(a.port, 'GET /same HTTP/1.1\r\nHost: h\r\nX-From: a\r\nConnection: close\r\n\r\n'),
      send(b.port, 'GET /same HTTP/1.1\r\nHost: h\r\nX-From: b\r\nConnection: close\r\n\r\n'),
    ]);
    expect(a.requests.map((r) => r.headers.find(([n]) => n === 'X-From')?.[1])).toEqual(['a']);
    expect(b.requests.map((r) => r.headers.find(([n]) => n === 'X-From')?.[1])).toEqual(['b']);
  });

  it('takes a remembered port when it is free and falls back to one the system picks', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const first = await server.slot();
    const second = await server.slot(first.port);
    expect(second.port).not.toBe(first.port);
    await server.close();
    server = new CaptureServer({ lifetimeMs: 10_000 });
    expect((await server.slot(first.port)).port).toBe(first.port);
  });

  it('accepts the hostile fixtures’ 10,000-character headers', async () => {
    server = new CaptureServer({ lifetimeMs: 10_000 });
    const slot = await server.slot();
    await send(slot.port, `GET /?q=${'x'.repeat(20_000)} HTTP/1.1\r\nHost: h\r\nX-Long: ${'x'.repeat(20_000)}\r\nConnection: close\r\n\r\n`);
    expect(slot.requests).toHaveLength(1);
  });

  it('closes itself when its lifetime is over', async () => {
    server = new CaptureServer({ lifetimeMs: 50 });
    const slot = await server.slot();
    await new Promise((r) => setTimeout(r, 150));
    await expect(send(slot.port, 'GET / HTTP/1.1\r\n\r\n')).rejects.toThrow(/ECONNREFUSED/);
  });
});
