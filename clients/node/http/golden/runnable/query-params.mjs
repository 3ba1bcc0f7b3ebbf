import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const query = new URLSearchParams([
  ['q', 'rock & roll = fun + 100% sure'],
  ['tag', 'first'],
  ['limit', '10'],
  ['tag', 'second'],
  ['empty', ''],
  ['filter[name]', 'Zoë Łukasz 🎸'],
  ['sort[]', '-created'],
  ['tag', 'third'],
]);
const url = new URL(`https://api.example.com/v1/search?${query}`);

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'GET',
});
request.end();

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
