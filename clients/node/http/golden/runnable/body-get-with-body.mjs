import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/search');
// The body as bytes: with a string body, node:http would write the header lines as UTF-8 too.
const body = Buffer.from(JSON.stringify({
  query: {
    match: {
      title: 'snippets',
    },
  },
  size: 10,
}));

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'GET',
  headers: {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(body),
  },
});
request.end(body);

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
