const response = await fetch('https://api.example.com/v1/raw', {
  method: 'PUT',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  body: 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n',
});

console.log(response.status);
console.log(await response.text());
