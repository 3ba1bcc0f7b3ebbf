const response = await fetch('https://api.example.com/v1/account', {
  headers: {
    Authorization: `Basic ${Buffer.from(`${process.env.API_USERNAME ?? '<username>'}:${process.env.API_PASSWORD ?? '<password>'}`).toString('base64')}`,
  },
});

console.log(response.status);
console.log(await response.text());
