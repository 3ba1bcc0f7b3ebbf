import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('title', 'Quarterly report');
form.append('description', 'Line one, "quoted"; and ☕');
form.append('avatar', new Blob([await readFile('files/avatar.png')], { type: 'image/png' }), 'avatar.png');
form.append('attachments', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'notes.txt');
form.append('attachments', new Blob([await readFile('files/data.csv')], { type: 'text/csv' }), 'data.csv');

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
  signal: AbortSignal.timeout(2500),
});

console.log(response.status);
console.log(await response.text());
