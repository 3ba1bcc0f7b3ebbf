const response = await fetch('https://api.github.com/markdown/raw', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain',
  },
  body: '{"text":"Hello **world**"}',
});

console.log(response.status);
console.log(await response.text());
