import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { http } from '../../src/lang/http.js';
import type { Endpoint, Part, Value } from '../../src/model.js';
import { parseHttpMessage, wireBytes } from '../../src/syntax/http.js';
import { fromHexLines, hasCommand, printerSuite } from './suite.js';

const nodeAvailable = hasCommand(process.execPath);

/**
 * Has a real HTTP server (node's llhttp, in a child process, as evaluate must be synchronous)
 * parse `message` and print each request's header values, or the body, as hex lines: header
 * values arrive as latin1 strings, one per byte, so their bytes are the bytes sent.
 */
function serve(message: Buffer, what: 'headers' | 'body'): string[] {
  const script = `
const http = require('node:http');
const net = require('node:net');
const input = require('node:fs').readFileSync(0);
const server = http.createServer({ maxHeaderSize: 1 << 24 }, (req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const out = ${what === 'headers'} ? req.rawHeaders.filter((_, i) => i % 2 === 1 && req.rawHeaders[i - 1].startsWith('X-')).map((v) => Buffer.from(v, 'latin1').toString('hex')) : [Buffer.concat(chunks).toString('hex')];
    process.stdout.write(out.join('\\n') + '\\n');
    res.end();
    server.close();
    socket.destroy();
  });
});
let socket;
server.listen(0, '127.0.0.1', () => { socket = net.connect(server.address().port, '127.0.0.1', () => socket.write(input)); });
`;
  return fromHexLines(execFileSync(process.execPath, ['-e', script], { input: message, encoding: 'utf8', timeout: 60_000, maxBuffer: 1 << 26 }));
}

/** A header value the message cannot hold: controls but tab (line breaks among them), edge whitespace, lone surrogates. */
const unrepresentable = (s: string) => /[\0-\x08\x0a-\x1f\x7f]|^[ \t]|[ \t]$|[\ud800-\udfff]/u.test(s);

printerSuite('http', {
  unavailable: () => (nodeAvailable ? undefined : 'node is not installed'),
  // Each string as a header value of one message, read back by a real HTTP parser.
  evaluate: (literals) => serve(wireBytes(`GET / HTTP/1.1\nHost: 127.0.0.1\n${literals.map((l, i) => `X-${i}: ${l}\n`).join('')}`), 'headers'),
  unrepresentable,
  rawText: true,
});

const literal = (text: string): Part => ({ kind: 'literal', text });
const value = (...parts: Part[]): Value => ({ text: '', parts, isLiteral: parts.every((p) => p.kind === 'literal') });

function endpoint(body: Endpoint['body'], extra: Partial<Endpoint> = {}): Endpoint {
  return {
    id: 'e',
    method: 'POST',
    baseUrl: 'http://127.0.0.1:8080/api',
    urlWithoutQuery: 'http://127.0.0.1:8080/api/v1/x',
    url: value(literal('http://127.0.0.1:8080/api/v1/x?q=1&key='), { kind: 'env', name: 'KEY', fallback: '<key> é', urlEncode: true }),
    headers: [{ name: 'Authorization', value: value(literal('Basic '), { kind: 'base64', parts: [{ kind: 'env', name: 'U', fallback: 'ü', urlEncode: false }, literal(':p')] }) }],
    cookieHeader: null,
    body,
    ...extra,
  } as Endpoint;
}

function message(e: Endpoint): string {
  const h = http.helpers!;
  const head = [h.httpRequestLine!(e), ...(h.httpHeaders!(e) as string[])];
  if (!e.body) return `${head.join('\n')}\n`;
  return `${head.join('\n')}\nContent-Length: ${h.httpContentLength!(e)}\n\n${h.httpBody!(e)}\n`;
}

describe('http messages', () => {
  it('writes placeholders for secrets: percent-encoded in the query, base64 in basic credentials', () => {
    const text = message(endpoint(null, { method: 'GET' }));
    expect(text).toBe(`GET /api/v1/x?q=1&key=%3Ckey%3E%20%C3%A9 HTTP/1.1\nHost: 127.0.0.1:8080\nAuthorization: Basic ${Buffer.from('ü:p').toString('base64')}\n`);
    expect(parseHttpMessage(text).problems).toEqual([]);
  });

  const bodies: Array<[string, Endpoint['body']]> = [
    ['JSON with non-ASCII', { kind: 'json', contentType: 'application/json', value: { a: 'é😀\n"', b: [1, 2n ** 60n] }, pretty: '', compact: '' }],
    ['text ending in a line break', { kind: 'text', contentType: 'text/plain', text: 'line one\nline two ☕\n' }],
    ['empty text', { kind: 'text', contentType: 'text/plain', text: '' }],
  ];
  it.each(bodies)('counts Content-Length in bytes, and a real parser reads the body back: %s', (_label, body) => {
    const text = message(endpoint(body));
    const parsed = parseHttpMessage(text);
    expect(parsed.problems).toEqual([]);
    const expected = body!.kind === 'text' ? body!.text : http.lit((body as { value: never }).value);
    expect(parsed.message!.body.toString('utf8')).toBe(expected);
    if (nodeAvailable) expect(serve(wireBytes(text), 'body')).toEqual([expected]);
  });

  it('refuses what a message file cannot hold, naming it', () => {
    const refused = (e: Endpoint) => () => message(e);
    expect(refused(endpoint({ kind: 'text', contentType: 'text/plain', text: 'a\r\nb' }))).toThrow(/carriage return/);
    expect(refused(endpoint({ kind: 'text', contentType: 'text/plain', text: 'a  ' }))).toThrow(/ends in whitespace/);
    expect(refused(endpoint({ kind: 'multipart', parts: [] }))).toThrow(/multipart/);
    expect(refused(endpoint({ kind: 'file', contentType: 'image/png', path: 'a.png', absPath: '/a.png' }))).toThrow(/bytes of the file/);
    expect(refused(endpoint(null, { headers: [{ name: 'X', value: value(literal('a\nb')) }] }))).toThrow(/line break/);
    expect(refused(endpoint(null, { headers: [{ name: 'Bad Name', value: value(literal('a')) }] }))).toThrow(/not an HTTP token/);
  });

  it('finds a wrong Content-Length, a missing Host and a broken request line', () => {
    expect(parseHttpMessage('POST / HTTP/1.1\nHost: a\nContent-Length: 5\n\nabc\n').problems.map((p) => p.message)).toEqual(['Content-Length is 5 but the body has 4 bytes']);
    expect(parseHttpMessage('POST / HTTP/1.1\nHost: a\nContent-Length: 2\n\nabc\n').problems.map((p) => p.message)).toEqual(['Content-Length is 2 but the body has 3 bytes']);
    expect(parseHttpMessage('GET / HTTP/1.1\nAccept: x\n').problems.map((p) => p.message)).toEqual(['no Host header']);
    expect(parseHttpMessage('GET /\nHost: a\n').problems.map((p) => p.message)[0]).toMatch(/not a request line/);
  });
});
