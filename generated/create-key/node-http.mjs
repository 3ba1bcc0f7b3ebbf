import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://openrouter.ai/api/v1/keys');
// The body as bytes: with a string body, node:http would write the header lines as UTF-8 too.
const body = Buffer.from(JSON.stringify({
  name: 'My New API Key',
  limit: 50,
  limit_reset: 'monthly',
  include_byok_in_limit: true,
}));

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${process.env.OPENROUTER_API_KEY ?? '<token>'}`,
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
