import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/ping',
  headers: {
    'Content-Type': 'text/plain',
  },
  // Bytes are sent as they are; axios would parse a string labelled JSON and re-encode it.
  data: Buffer.from(''),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
