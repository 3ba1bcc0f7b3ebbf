import { readFile } from 'node:fs/promises';
import axios from 'axios';

const form = new FormData();
form.append('título', 'Café ☕');
form.append('документ', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'résumé ☕.txt');

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/upload',
  data: form,
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
