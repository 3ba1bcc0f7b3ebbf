const query = new URLSearchParams([
  ['', 'a'],
  ['', 'b c'],
  ['q', 'x'],
]);

const xhr = new XMLHttpRequest();
xhr.open('GET', `https://api.example.com/v1/search?${query}`);
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
