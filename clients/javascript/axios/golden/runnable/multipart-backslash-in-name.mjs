import { readFile } from 'node:fs/promises';
import axios from 'axios';

const form = new FormData();
form.append('dir\\name', 'x');
form.append('file', new Blob([await readFile('files/notes.txt')], { type: 'text/plain' }), 'C:\\Users\\me\\notes.txt');

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
