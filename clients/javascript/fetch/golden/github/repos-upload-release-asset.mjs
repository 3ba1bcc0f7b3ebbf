import { readFile } from 'node:fs/promises';

const query = new URLSearchParams([
  ['name', 'NAME'],
]);

const response = await fetch(`https://uploads.github.com/repos/OWNER/REPO/releases/0/assets?${query}`, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  body: await readFile('body.bin'),
});

console.log(response.status);
console.log(await response.text());
