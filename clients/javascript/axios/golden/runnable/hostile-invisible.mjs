import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/echo/a%E2%80%AEb',
  // URLSearchParams: axios would write a repeated name as name[].
  params: new URLSearchParams([
    ['q\u200b', 'x\u2066y\u2069z'],
    ['nbsp', 'a\xa0b'],
  ]),
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    rtl: 'abc\u202edef',
    'zero\u200bwidth': 'a\ufeffb\xa0c\u{e0041}d\u3164e',
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
