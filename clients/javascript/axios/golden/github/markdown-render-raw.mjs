import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.github.com/markdown/raw',
  headers: {
    'Content-Type': 'text/plain',
  },
  // Bytes are sent as they are; axios would parse a string labelled JSON and re-encode it.
  data: Buffer.from('{"text":"Hello **world**"}'),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
