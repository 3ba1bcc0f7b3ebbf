import { readFile } from 'node:fs/promises';
import axios from 'axios';

const response = await axios.request({
  method: 'PUT',
  url: 'https://api.example.com/v1/blobs/logo',
  headers: {
    'Content-Type': 'image/png',
  },
  data: await readFile('files/avatar.png'),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
