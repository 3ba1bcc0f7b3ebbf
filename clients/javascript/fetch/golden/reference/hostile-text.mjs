const url = 'https://api.example.com/v1/raw';
const options = {
  method: 'PUT',
  headers: {'Content-Type': 'text/plain; charset=utf-8'},
  body: 'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \u2028 😀 é\nline one\nline two\r\nthen\ttab end\n'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
