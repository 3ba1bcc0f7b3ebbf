const response = await fetch('https://api.example.com/v1/ping', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '',
});

console.log(response.status);
console.log(await response.text());
