import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/account',
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.API_USERNAME ?? '<username>'}:${process.env.API_PASSWORD ?? '<password>'}`).toString('base64')}`,
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
