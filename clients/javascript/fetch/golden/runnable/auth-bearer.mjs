const response = await fetch('https://api.example.com/v1/me', {
  headers: {
    Authorization: `Bearer ${process.env.EXAMPLE_TOKEN ?? '<token>'}`,
  },
});

console.log(response.status);
console.log(await response.text());
