import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/search',
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    query: {
      match: {
        title: 'snippets',
      },
    },
    size: 10,
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
