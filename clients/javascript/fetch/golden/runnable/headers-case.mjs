const response = await fetch('https://api.example.com/v1/headers', {
  headers: {
    accept: 'application/json',
    'X-Trace': 'first, second',
    'user-agent': 'docs-example/1.0',
  },
});

console.log(response.status);
console.log(await response.text());
