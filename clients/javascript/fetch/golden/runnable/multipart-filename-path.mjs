import { readFile } from 'node:fs/promises';

const form = new FormData();
form.append('title', 'Q1');
form.append('report', new Blob([await readFile('files/data.csv')], { type: 'text/csv' }), 'reports/2026/q1.csv');

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
});

console.log(response.status);
console.log(await response.text());
