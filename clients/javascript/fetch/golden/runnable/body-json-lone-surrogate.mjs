const response = await fetch('https://api.example.com/v1/echo', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    'key \udbff': 'a \ud800 b',
    list: ['\udc00', 'paired 😀'],
  }),
});

console.log(response.status);
console.log(await response.text());
