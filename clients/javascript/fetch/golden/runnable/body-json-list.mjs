const response = await fetch('https://api.example.com/v1/tags', {
  method: 'PUT',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify([
    {
      name: 'red',
      weight: 1,
    },
    {
      name: 'green',
      weight: 2.5,
    },
    'blue',
  ]),
});

console.log(response.status);
console.log(await response.text());
