const response = await fetch('https://api.example.com/v1/subscribe', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
  },
  body: new URLSearchParams([
    ['email', 'jane@example.com'],
    ['topic', 'news & offers'],
    ['topic', 'é ☕'],
  ]),
});

console.log(response.status);
console.log(await response.text());
