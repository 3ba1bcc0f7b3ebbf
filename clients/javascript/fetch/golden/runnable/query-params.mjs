const query = new URLSearchParams([
  ['q', 'rock & roll = fun + 100% sure'],
  ['tag', 'first'],
  ['limit', '10'],
  ['tag', 'second'],
  ['empty', ''],
  ['filter[name]', 'Zoë Łukasz 🎸'],
  ['sort[]', '-created'],
  ['tag', 'third'],
]);

const response = await fetch(`https://api.example.com/v1/search?${query}`);

console.log(response.status);
console.log(await response.text());
