import { once } from 'node:events';
import http from 'node:http';
import https from 'node:https';

const url = new URL('https://api.example.com/v1/documents');
// The body as bytes: with a string body, node:http would write the header lines as UTF-8 too.
// The JSON text itself: a JavaScript object would round integers beyond 2^53 and reorder integer-like keys.
const body = Buffer.from('{"title":"Ünïcödé — 日本語 and emoji 🎉😀","nested":{"list":[1,"two",3.5,null,true,false],"object":{"deep":{"deeper":[{"a":1},[]]}}},"empty_object":{},"empty_list":[],"nothing":null,"yes":true,"no":false,"big":9007199254740993,"negative_big":-12345678901234567890,"float":3.14159,"negative":-7,"zero":0}');

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
