const url = 'https://api.example.com/v1/notes';
const options = {
  method: 'POST',
  headers: {'Content-Type': 'text/plain; charset=utf-8'},
  body: 'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
