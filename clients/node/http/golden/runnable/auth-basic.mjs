import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/account');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'GET',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.API_USERNAME ?? '<username>'}:${process.env.API_PASSWORD ?? '<password>'}`).toString('base64')}`,
  },
});
request.end();

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
