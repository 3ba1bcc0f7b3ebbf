const response = await fetch('https://api.example.com/v1/session', {
  headers: {
    Cookie: 'session_id=abc123; theme=dark; lang=en-GB',
  },
});

console.log(response.status);
console.log(await response.text());
