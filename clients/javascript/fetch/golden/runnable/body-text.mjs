const response = await fetch('https://api.example.com/v1/notes', {
  method: 'POST',
  headers: {
    'Content-Type': 'text/plain; charset=utf-8',
  },
  body: 'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n',
});

console.log(response.status);
console.log(await response.text());
