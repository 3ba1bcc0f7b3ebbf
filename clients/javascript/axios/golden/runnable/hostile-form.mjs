import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/forms',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['mix', 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é'],
    ['k\'"\\$`{{x}}', 'line one\nline two\r\nthen\ttab end'],
    ['mix', 'again'],
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
