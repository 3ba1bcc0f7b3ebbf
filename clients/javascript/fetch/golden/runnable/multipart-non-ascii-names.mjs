import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('título', 'Café ☕');
form.append('документ', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'résumé ☕.txt');

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
});

console.log(response.status);
console.log(await response.text());
