const response = await fetch('https://api.example.com/v1/widgets', {
  headers: {
    Cookie: `theme=dark; api_session=${process.env.API_SESSION ?? '<session-key>'}`,
  },
});

console.log(response.status);
console.log(await response.text());
