const body = JSON.stringify({
  name: 'widget',
  count: 3,
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/items');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
