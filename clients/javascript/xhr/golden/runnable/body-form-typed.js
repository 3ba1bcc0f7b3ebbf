const body = new URLSearchParams([
  ['email', 'jane@example.com'],
  ['topic', 'news & offers'],
  ['topic', 'é ☕'],
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/subscribe');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded; charset=UTF-8');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
