import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/filters');
// The body as bytes: with a string body, node:http would write the header lines as UTF-8 too.
const body = Buffer.from(
  new URLSearchParams([
    ['tag', 'red'],
    ['tag', 'red'],
    ['tag', 'blue'],
  ]).toString(),
);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
    'Content-Length': Buffer.byteLength(body),
  },
});
request.end(body);

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
