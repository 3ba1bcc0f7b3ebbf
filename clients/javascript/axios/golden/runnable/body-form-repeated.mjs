import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/filters',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['tag', 'red'],
    ['tag', 'red'],
    ['tag', 'blue'],
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
