import axios from 'axios';

const response = await axios.request({
  method: 'PATCH',
  url: 'https://api.example.com/v1/items/42',
  headers: {
    'If-Match': '"etag-1"',
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    count: 4,
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
