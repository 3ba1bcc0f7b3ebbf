import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/upload';
const form = new FormData();
form.append('title', 'Quarterly report');
form.append('description', 'Line one, "quoted"; and ☕');
form.append('avatar', new Blob([await readFile('files/avatar.png')], {type: 'image/png'}), 'avatar.png');
form.append('attachments', new Blob([await readFile('files/notes.txt')], {type: 'text/plain'}), 'notes.txt');
form.append('attachments', new Blob([await readFile('files/data.csv')], {type: 'text/csv'}), 'data.csv');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
