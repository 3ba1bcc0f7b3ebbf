import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHttpMessage, wireBytes } from '../../syntax/http.js';
import type { Prepared, Runner, Snippet } from './types.js';

/**
 * Sends a message file's bytes over TCP and prints the response. Run by `node -e` so the step
 * needs no file of snipgen's own at a known path; it reads the response up to its Content-Length
 * (the capture server keeps the connection open) and then closes.
 */
const SEND = `
const net = require('node:net');
const fs = require('node:fs');
const [file, host, port] = process.argv.slice(1);
const socket = net.connect(Number(port), host, () => socket.write(fs.readFileSync(file)));
let received = Buffer.alloc(0);
const done = () => { process.stdout.write(received); socket.destroy(); };
socket.on('data', (chunk) => {
  received = Buffer.concat([received, chunk]);
  const end = received.indexOf('\\r\\n\\r\\n');
  if (end === -1) return;
  const length = /\\r\\ncontent-length: *(\\d+)/i.exec(received.subarray(0, end).toString('latin1'));
  if (length && received.length >= end + 4 + Number(length[1])) done();
});
socket.on('end', done);
socket.on('error', (e) => { console.error(e.message); process.exit(1); });
`;

/** Only the capture server's address: a message's Host never sends verify anywhere else. */
const LOOPBACK = /^(127\.0\.0\.1|localhost|\[::1\]):(\d+)$/;

export const httpRunner: Runner = {
  language: 'http',
  unavailable: async () => null,

  async prepare(snippets, ctx) {
    ctx.status('parsing');
    const prepared = new Map<Snippet, Prepared>();
    for (const s of snippets) {
      // A message reads no environment: it carries each secret's placeholder, so the run gets no
      // secrets and the request expected is the one with the placeholders (expected.ts resolve).
      for (const name of Object.keys(s.env)) delete s.env[name];
      writeFileSync(join(s.dir, 'request.http'), s.code);
      const { message, problems } = parseHttpMessage(s.code);
      if (!message) {
        prepared.set(s, { failed: 'the message does not parse', detail: problems.map((p) => `request.http:${p.line}:${p.col}: ${p.message}`) });
        continue;
      }
      const host = message.headers.find(([name]) => name.toLowerCase() === 'host')![1];
      const address = LOOPBACK.exec(host);
      if (!address) {
        prepared.set(s, { failed: `the Host ${JSON.stringify(host)} is not the capture server's loopback address`, detail: [] });
        continue;
      }
      const wire = join(s.dir, 'request.bin');
      writeFileSync(wire, wireBytes(s.code));
      const hostname = address[1] === '[::1]' ? '::1' : address[1]!;
      prepared.set(s, { steps: [{ stage: 'run', command: process.execPath, args: ['-e', SEND, wire, hostname, address[2]!] }] });
    }
    return prepared;
  },
};
