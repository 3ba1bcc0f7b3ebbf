const body = new URLSearchParams([
  ['tag', 'red'],
  ['tag', 'red'],
  ['tag', 'blue'],
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/filters');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
