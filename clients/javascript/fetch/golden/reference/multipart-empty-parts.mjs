import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/upload';
const form = new FormData();
form.append('note', '');
form.append('empty', new Blob([await readFile('files/empty.txt')], {type: 'text/plain'}), 'empty.txt');
form.append('doc', new Blob([await readFile('files/notes.txt')], {type: 'text/plain'}), 'notes.txt');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
