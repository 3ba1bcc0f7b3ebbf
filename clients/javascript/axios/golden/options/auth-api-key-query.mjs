import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/widgets',
  // URLSearchParams: axios would write a repeated name as name[].
  params: new URLSearchParams([
    ['page', '2'],
    ['api_key', process.env.EXAMPLE_API_KEY ?? '<api-key>'],
  ]),
  timeout: 2500,
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
