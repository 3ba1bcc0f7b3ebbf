import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/blobs/logo');
const body = await readFile('files/avatar.png');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'PUT',
  headers: {
    'Content-Type': 'image/png',
    'Content-Length': Buffer.byteLength(body),
  },
});
request.end(body);

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
