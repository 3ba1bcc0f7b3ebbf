const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/items');
xhr.setRequestHeader('X-Trace-', 'abc');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
