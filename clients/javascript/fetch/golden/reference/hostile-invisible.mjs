const url = 'https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b';
const options = {
  method: 'POST',
  headers: {'Content-Type': 'application/json'},
  body: '{"rtl":"abc\u202edef","zero\u200bwidth":"a\ufeffb\xa0c\u{e0041}d\u3164e"}'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
