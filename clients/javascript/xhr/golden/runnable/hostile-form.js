const body = new URLSearchParams([
  ['mix', 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é'],
  ['k\'"\\$`{{x}}', 'line one\nline two\r\nthen\ttab end'],
  ['mix', 'again'],
]);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/forms');
xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
