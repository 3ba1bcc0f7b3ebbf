const url = 'https://api.example.com/v1/echo';
const options = {
  method: 'POST',
  headers: {'Content-Type': 'application/json'},
  body: '{"key \\udbff":"a \\ud800 b","list":["\\udc00","paired 😀"]}'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
