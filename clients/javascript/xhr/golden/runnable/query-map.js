const query = new URLSearchParams([
  ['type', 'push'],
  ['type', 'pull_request'],
  ['per_page', '50'],
  ['active', 'true'],
]);

const xhr = new XMLHttpRequest();
xhr.open('GET', `https://api.example.com/v2/events?${query}`);
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
