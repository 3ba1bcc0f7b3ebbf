import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/upload';
const form = new FormData();
form.append('title', 'Q1');
form.append('report', new Blob([await readFile('files/data.csv')], {type: 'text/csv'}), 'reports/2026/q1.csv');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
