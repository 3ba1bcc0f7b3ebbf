const response = await fetch('https://api.example.com/v1/items/42', {
  method: 'DELETE',
  headers: {
    Accept: 'application/json',
  },
});

console.log(response.status);
console.log(await response.text());
