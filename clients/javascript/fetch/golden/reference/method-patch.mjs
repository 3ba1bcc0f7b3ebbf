const url = 'https://api.example.com/v1/items/42';
const options = {
  method: 'PATCH',
  headers: {'If-Match': '"etag-1"', 'Content-Type': 'application/json'},
  body: '{"count":4}'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
