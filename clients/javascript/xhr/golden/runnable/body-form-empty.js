const body = new URLSearchParams([
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/logout');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
