const query = new URLSearchParams([
  ['', 'a'],
  ['', 'b c'],
  ['q', 'x'],
]);

const response = await fetch(`https://api.example.com/v1/search?${query}`);

console.log(response.status);
console.log(await response.text());
