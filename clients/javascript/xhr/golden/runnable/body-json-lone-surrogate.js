const body = JSON.stringify({
  'key \udbff': 'a \ud800 b',
  list: ['\udc00', 'paired 😀'],
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/echo');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
