const response = await fetch('https://api.example.com/v1/items/42', {
  method: 'PATCH',
  headers: {
    'If-Match': '"etag-1"',
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    count: 4,
  }),
});

console.log(response.status);
console.log(await response.text());
