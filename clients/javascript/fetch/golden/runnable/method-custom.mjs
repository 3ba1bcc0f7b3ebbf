const response = await fetch('https://cdn.example.com/cache/images/logo.png', {
  method: 'PURGE',
  headers: {
    'X-Purge-Reason': 'deploy',
  },
});

console.log(response.status);
console.log(await response.text());
