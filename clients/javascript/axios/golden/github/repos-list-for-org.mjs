import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.github.com/orgs/ORG/repos',
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
