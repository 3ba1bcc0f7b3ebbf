const response = await fetch('https://api.example.com/v1/logout', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
  ]),
});

console.log(response.status);
console.log(await response.text());
