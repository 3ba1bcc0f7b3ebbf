import axios from 'axios';

const response = await axios.request({
  method: 'OPTIONS',
  url: 'https://api.example.com/v1/items/42',
  headers: {
    Accept: 'application/json',
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
