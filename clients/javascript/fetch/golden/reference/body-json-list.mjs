const url = 'https://api.example.com/v1/tags';
const options = {
  method: 'PUT',
  headers: {'Content-Type': 'application/json'},
  body: '[{"name":"red","weight":1},{"name":"green","weight":2.5},"blue"]'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
