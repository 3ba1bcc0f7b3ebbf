import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/widgets',
  headers: {
    Cookie: `theme=dark; api_session=${process.env.API_SESSION ?? '<session-key>'}`,
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
