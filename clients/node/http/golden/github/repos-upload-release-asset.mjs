import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';

const query = new URLSearchParams([
  ['name', 'NAME'],
]);
const url = new URL(`https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?${query}`);
const body = await readFile('body.bin');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/octet-stream',
    'Content-Length': Buffer.byteLength(body),
  },
});
request.end(body);

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
