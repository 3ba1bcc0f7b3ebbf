const response = await fetch('https://api.example.com/v1/flags', {
  headers: {
    'X-Empty': '',
    'X-Other': 'set',
  },
});

console.log(response.status);
console.log(await response.text());
