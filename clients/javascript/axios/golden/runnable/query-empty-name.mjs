import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/search',
  // URLSearchParams: axios would write a repeated name as name[].
  params: new URLSearchParams([
    ['', 'a'],
    ['', 'b c'],
    ['q', 'x'],
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
