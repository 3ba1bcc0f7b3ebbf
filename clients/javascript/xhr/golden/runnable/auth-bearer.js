const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/me');
xhr.setRequestHeader('Authorization', `Bearer ${process.env.EXAMPLE_TOKEN ?? '<token>'}`);
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
