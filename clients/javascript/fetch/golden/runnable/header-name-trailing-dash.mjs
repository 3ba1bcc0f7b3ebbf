const response = await fetch('https://api.example.com/v1/items', {
  headers: {
    'X-Trace-': 'abc',
  },
});

console.log(response.status);
console.log(await response.text());
