const response = await fetch('https://api.example.com/v1/filters', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['tag', 'red'],
    ['tag', 'red'],
    ['tag', 'blue'],
  ]),
});

console.log(response.status);
console.log(await response.text());
