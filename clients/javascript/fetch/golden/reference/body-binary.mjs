import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/blobs/logo';
const options = {
  method: 'PUT',
  headers: {'Content-Type': 'image/png'},
  body: await readFile('files/avatar.png')
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
