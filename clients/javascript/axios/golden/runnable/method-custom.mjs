import axios from 'axios';

const response = await axios.request({
  method: 'PURGE',
  url: 'https://cdn.example.com/cache/images/logo.png',
  headers: {
    'X-Purge-Reason': 'deploy',
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
