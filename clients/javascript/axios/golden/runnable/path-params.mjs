import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/users/Jane%20Doe/files/reports%2F2024%20q1.pdf/tags/caf%C3%A9%20%E2%98%95%20%E6%97%A5%E6%9C%AC',
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
