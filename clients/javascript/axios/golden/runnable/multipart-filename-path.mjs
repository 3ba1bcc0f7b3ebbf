import { readFile } from 'node:fs/promises';
import axios from 'axios';

const form = new FormData();
form.append('title', 'Q1');
form.append('report', new Blob([await readFile('files/data.csv')], { type: 'text/csv' }), 'reports/2026/q1.csv');

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
