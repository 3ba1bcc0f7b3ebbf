const response = await fetch('https://api.example.com/v1/items', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    name: 'widget',
    count: 3,
  }),
});

console.log(response.status);
console.log(await response.text());
