const query = new URLSearchParams([
  ['q\u200b', 'x\u2066y\u2069z'],
  ['nbsp', 'a\xa0b'],
]);

const response = await fetch(`https://api.example.com/v1/echo/a%E2%80%AEb?${query}`, {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    rtl: 'abc\u202edef',
    'zero\u200bwidth': 'a\ufeffb\xa0c\u{e0041}d\u3164e',
  }),
});

console.log(response.status);
console.log(await response.text());
