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

const xhr = new XMLHttpRequest();
xhr.open('GET', `https://api.example.com/v1/search?${query}`);
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
