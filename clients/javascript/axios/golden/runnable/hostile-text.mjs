import axios from 'axios';

const response = await axios.request({
  method: 'PUT',
  url: 'https://api.example.com/v1/raw',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  // Bytes are sent as they are; axios would parse a string labelled JSON and re-encode it.
  data: Buffer.from('it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n'),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
