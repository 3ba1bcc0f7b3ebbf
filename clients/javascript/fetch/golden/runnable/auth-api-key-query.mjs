const query = new URLSearchParams([
  ['page', '2'],
  ['api_key', process.env.EXAMPLE_API_KEY ?? '<api-key>'],
]);

const response = await fetch(`https://api.example.com/v1/widgets?${query}`);

console.log(response.status);
console.log(await response.text());
