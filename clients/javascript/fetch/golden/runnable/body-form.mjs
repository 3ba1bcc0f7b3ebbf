const response = await fetch('https://api.example.com/v1/login', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['username', 'jane@example.com'],
    ['password', 'p&ss=w+rd 100%'],
    ['scope', 'read'],
    ['scope', 'write'],
    ['note', 'é ☕ a+b=c&d'],
  ]),
});

console.log(response.status);
console.log(await response.text());
