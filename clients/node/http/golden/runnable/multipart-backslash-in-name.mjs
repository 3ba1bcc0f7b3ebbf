import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/upload');
// node:http has no multipart encoder: the body is built here.
const boundary = randomUUID();
const part = (headers, content) => [Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), content, Buffer.from('\r\n')];
const body = Buffer.concat([
  ...part('Content-Disposition: form-data; name="dir\\name"', Buffer.from('x')),
  ...part('Content-Disposition: form-data; name="file"; filename="C:\\Users\\me\\notes.txt"\r\nContent-Type: text/plain', await readFile('files/notes.txt')),
  Buffer.from(`--${boundary}--\r\n`),
]);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
    'Content-Length': Buffer.byteLength(body),
  },
});
request.end(body);

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
