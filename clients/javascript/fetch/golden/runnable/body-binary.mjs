import { readFile } from 'node:fs/promises';

const response = await fetch('https://api.example.com/v1/blobs/logo', {
  method: 'PUT',
  headers: {
    'Content-Type': 'image/png',
  },
  body: await readFile('files/avatar.png'),
});

console.log(response.status);
console.log(await response.text());
