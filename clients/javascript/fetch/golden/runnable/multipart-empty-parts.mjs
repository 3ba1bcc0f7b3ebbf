import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('note', '');
form.append('empty', new Blob([await readFile('files/empty.txt')], { type: 'text/plain' }), 'empty.txt');
form.append('doc', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'notes.txt');

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
});

console.log(response.status);
console.log(await response.text());
