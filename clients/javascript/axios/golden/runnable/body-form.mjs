import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.example.com/v1/login',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  data: new URLSearchParams([
    ['username', 'jane@example.com'],
    ['password', 'p&ss=w+rd 100%'],
    ['scope', 'read'],
    ['scope', 'write'],
    ['note', 'é ☕ a+b=c&d'],
  ]),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
