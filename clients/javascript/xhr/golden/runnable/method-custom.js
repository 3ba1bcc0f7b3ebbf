const xhr = new XMLHttpRequest();
xhr.open('PURGE', 'https://cdn.example.com/cache/images/logo.png');
xhr.setRequestHeader('X-Purge-Reason', 'deploy');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
