const body = 'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n';

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/notes');
xhr.setRequestHeader('Content-Type', 'text/plain; charset=utf-8');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
// As bytes: given text, XMLHttpRequest would rewrite the charset of the Content-Type to "UTF-8".
xhr.send(new TextEncoder().encode(body));
