const response = await fetch('https://openrouter.ai/api/v1/keys', {
  method: 'POST',
  headers: {
    Authorization: `Bearer ${process.env.OPENROUTER_API_KEY ?? '<token>'}`,
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    name: 'My New API Key',
    limit: 50,
    limit_reset: 'monthly',
    include_byok_in_limit: true,
  }),
});

console.log(response.status);
console.log(await response.text());
