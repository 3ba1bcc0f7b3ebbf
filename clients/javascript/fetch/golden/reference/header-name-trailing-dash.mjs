const url = 'https://api.example.com/v1/items';
const options = {method: 'GET', headers: {'X-Trace-': 'abc'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
