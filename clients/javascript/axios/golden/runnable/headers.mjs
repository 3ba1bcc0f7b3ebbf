import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/headers',
  headers: {
    Accept: 'application/json',
    'X-Trace': 'first, second',
    'X-Quoted': 'say "hi" and it\'s fine',
    'X-Backslash': 'C:\\path\\to\\file \\n not a newline',
    'X-Dollar': '$HOME ${x} #{x} `cmd` %s {{x}}',
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
