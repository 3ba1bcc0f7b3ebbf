const query = new URLSearchParams([
  ['type', 'push'],
  ['type', 'pull_request'],
  ['per_page', '50'],
  ['active', 'true'],
]);

const response = await fetch(`https://api.example.com/v2/events?${query}`);

console.log(response.status);
console.log(await response.text());
