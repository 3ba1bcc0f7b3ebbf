import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import axios from 'axios';

// Built by hand: axios turns the line breaks in a text field into CRLF.
const boundary = randomUUID();
const part = (headers, content) => [Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), content, Buffer.from('\r\n')];
const body = Buffer.concat([
  ...part('Content-Disposition: form-data; name="mix"', Buffer.from('it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é')),
  ...part('Content-Disposition: form-data; name="lines"', Buffer.from('line one\nline two\r\nthen\ttab end')),
  ...part('Content-Disposition: form-data; name="file"; filename="it\'s %22notes%22.txt"\r\nContent-Type: text/plain', await readFile('files/notes.txt')),
  Buffer.from(`--${boundary}--\r\n`),
]);

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/forms',
  headers: {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
  },
  data: body,
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
