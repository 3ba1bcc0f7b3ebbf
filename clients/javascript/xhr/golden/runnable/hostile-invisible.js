const query = new URLSearchParams([
  ['q\u200b', 'x\u2066y\u2069z'],
  ['nbsp', 'a\xa0b'],
]);

const body = JSON.stringify({
  rtl: 'abc\u202edef',
  'zero\u200bwidth': 'a\ufeffb\xa0c\u{e0041}d\u3164e',
});

const xhr = new XMLHttpRequest();
xhr.open('POST', `https://api.example.com/v1/echo/a%E2%80%AEb?${query}`);
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
