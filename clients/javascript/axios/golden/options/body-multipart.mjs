import { readFile } from 'node:fs/promises';
import axios from 'axios';

const form = new FormData();
form.append('title', 'Quarterly report');
form.append('description', 'Line one, "quoted"; and ☕');
form.append('avatar', new Blob([await readFile('files/avatar.png')], { type: 'image/png' }), 'avatar.png');
form.append('attachments', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'notes.txt');
form.append('attachments', new Blob([await readFile('files/data.csv')], { type: 'text/csv' }), 'data.csv');

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/upload',
  data: form,
  timeout: 2500,
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
