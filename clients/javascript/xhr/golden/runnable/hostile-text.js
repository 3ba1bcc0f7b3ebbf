const body = 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n';

const xhr = new XMLHttpRequest();
xhr.open('PUT', 'https://api.example.com/v1/raw');
xhr.setRequestHeader('Content-Type', 'text/plain; charset=utf-8');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
// As bytes: given text, XMLHttpRequest would rewrite the charset of the Content-Type to "UTF-8".
xhr.send(new TextEncoder().encode(body));
