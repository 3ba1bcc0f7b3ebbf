const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/v1/items/42');
xhr.setRequestHeader('Accept', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
