import {readFile} from 'node:fs/promises';

const url = 'https://api.example.com/v1/forms';
const form = new FormData();
form.append('mix', 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é');
form.append('lines', 'line one\nline two\r\nthen\ttab end');
form.append('file', new Blob([await readFile('files/notes.txt')], {type: 'text/plain'}), 'it\'s "notes".txt');

const options = {method: 'POST'};

options.body = form;

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
