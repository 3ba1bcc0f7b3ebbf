const response = await fetch('https://api.example.com/v1/forms', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/x-www-form-urlencoded',
  },
  body: new URLSearchParams([
    ['mix', 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é'],
    ['k\'"\\$`{{x}}', 'line one\nline two\r\nthen\ttab end'],
    ['mix', 'again'],
  ]),
});

console.log(response.status);
console.log(await response.text());
