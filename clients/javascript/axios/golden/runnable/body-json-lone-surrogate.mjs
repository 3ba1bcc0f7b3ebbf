import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/echo',
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    'key \udbff': 'a \ud800 b',
    list: ['\udc00', 'paired 😀'],
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
