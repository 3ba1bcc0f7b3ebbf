import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/headers',
  headers: {
    accept: 'application/json',
    'X-Trace': 'first, second',
    'user-agent': 'docs-example/1.0',
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
