import { readFile } from 'node:fs/promises';
import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://uploads.github.com/repos/OWNER/REPO/releases/0/assets',
  // URLSearchParams: axios would write a repeated name as name[].
  params: new URLSearchParams([
    ['name', 'NAME'],
  ]),
  headers: {
    'Content-Type': 'application/octet-stream',
  },
  data: await readFile('body.bin'),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
