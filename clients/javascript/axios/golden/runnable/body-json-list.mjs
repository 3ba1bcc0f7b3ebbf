import axios from 'axios';

const response = await axios.request({
  method: 'PUT',
  url: 'https://api.example.com/v1/tags',
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify([
    {
      name: 'red',
      weight: 1,
    },
    {
      name: 'green',
      weight: 2.5,
    },
    'blue',
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
