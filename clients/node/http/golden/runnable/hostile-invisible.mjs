import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const query = new URLSearchParams([
  ['q\u200b', 'x\u2066y\u2069z'],
  ['nbsp', 'a\xa0b'],
]);
const url = new URL(`https://api.example.com/v1/echo/a%E2%80%AEb?${query}`);
// The body as bytes: with a string body, node:http would write the header lines as UTF-8 too.
const body = Buffer.from(JSON.stringify({
  rtl: 'abc\u202edef',
  'zero\u200bwidth': 'a\ufeffb\xa0c\u{e0041}d\u3164e',
}));

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
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
