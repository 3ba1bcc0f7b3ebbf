const body = new FormData();

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/upload');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
