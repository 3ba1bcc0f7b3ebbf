import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/notes',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  // Bytes are sent as they are; axios would parse a string labelled JSON and re-encode it.
  data: Buffer.from('First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n'),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
