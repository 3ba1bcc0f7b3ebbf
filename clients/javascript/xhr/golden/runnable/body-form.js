const body = new URLSearchParams([
  ['username', 'jane@example.com'],
  ['password', 'p&ss=w+rd 100%'],
  ['scope', 'read'],
  ['scope', 'write'],
  ['note', 'é ☕ a+b=c&d'],
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/login');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
