import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/upload';
const form = new FormData();
form.append('dir\\name', 'x');
form.append('file', new Blob([await readFile('files/notes.txt')], {type: 'text/plain'}), 'C:\\Users\\me\\notes.txt');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
