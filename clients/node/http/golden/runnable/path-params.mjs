import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC');

const request = (url.protocol === 'https:' ? https : http).request(url, {
  method: 'GET',
});
request.end();

const [response] = await once(request, 'response');
const chunks = [];
for await (const chunk of response) chunks.push(chunk);
console.log(response.statusCode);
console.log(Buffer.concat(chunks).toString());
