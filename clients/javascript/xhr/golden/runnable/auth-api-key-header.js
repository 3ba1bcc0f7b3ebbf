const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/widgets');
xhr.setRequestHeader('X-API-Key', process.env.X_API_KEY ?? '<api-key>');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
