import axios from 'axios';

const response = await axios.request({
  method: 'TRACE',
  url: 'https://api.example.com/v1/echo',
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
