const body = JSON.stringify([
  {
    name: 'red',
    weight: 1,
  },
  {
    name: 'green',
    weight: 2.5,
  },
  'blue',
]);

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/v1/tags');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
