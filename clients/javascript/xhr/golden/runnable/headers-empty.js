const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/flags');
xhr.setRequestHeader('X-Empty', '');
xhr.setRequestHeader('X-Other', 'set');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
