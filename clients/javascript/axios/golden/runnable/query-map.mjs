import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v2/events',
  // URLSearchParams: axios would write a repeated name as name[].
  params: new URLSearchParams([
    ['type', 'push'],
    ['type', 'pull_request'],
    ['per_page', '50'],
    ['active', 'true'],
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
