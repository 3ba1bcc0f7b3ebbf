const response = await fetch('https://api.example.com/v1/widgets', {
  headers: {
    'X-API-Key': process.env.X_API_KEY ?? '<api-key>',
  },
});

console.log(response.status);
console.log(await response.text());
