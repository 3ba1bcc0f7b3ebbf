const body = JSON.stringify({
  count: 4,
});

const xhr = new XMLHttpRequest();
xhr.open('PATCH', 'https://api.example.com/v1/items/42');
xhr.setRequestHeader('If-Match', '"etag-1"');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
