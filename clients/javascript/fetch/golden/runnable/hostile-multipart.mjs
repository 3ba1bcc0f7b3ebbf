import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';

// Built by hand: FormData would turn the line breaks in a text field into CRLF.
const boundary = randomUUID();
const part = (headers, content) => [Buffer.from(`--${boundary}\r\n${headers}\r\n\r\n`), content, Buffer.from('\r\n')];
const body = Buffer.concat([
  ...part('Content-Disposition: form-data; name="mix"', Buffer.from('it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é')),
  ...part('Content-Disposition: form-data; name="lines"', Buffer.from('line one\nline two\r\nthen\ttab end')),
  ...part('Content-Disposition: form-data; name="file"; filename="it\'s %22notes%22.txt"\r\nContent-Type: text/plain', await readFile('files/notes.txt')),
  Buffer.from(`--${boundary}--\r\n`),
]);

const response = await fetch('https://api.example.com/v1/forms', {
  method: 'POST',
  headers: {
    'Content-Type': `multipart/form-data; boundary=${boundary}`,
  },
  body,
});

console.log(response.status);
console.log(await response.text());
