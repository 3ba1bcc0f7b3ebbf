import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('dir\\name', 'x');
form.append('file', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'C:\\Users\\me\\notes.txt');

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
});

console.log(response.status);
console.log(await response.text());
