import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/items',
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    name: 'widget',
    count: 3,
  }),
  timeout: 2500,
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
