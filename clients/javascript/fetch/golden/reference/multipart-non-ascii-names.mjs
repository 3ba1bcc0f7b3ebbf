import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/upload';
const form = new FormData();
form.append('título', 'Café ☕');
form.append('документ', new Blob([await readFile('files/notes.txt')], {type: 'text/plain'}), 'résumé ☕.txt');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
