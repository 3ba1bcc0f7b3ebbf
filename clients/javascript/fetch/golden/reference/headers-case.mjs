const url = 'https://api.example.com/v1/headers';
const options = {
  method: 'GET',
  headers: {
    accept: 'application/json',
    'X-Trace': 'first, second',
    'user-agent': 'docs-example/1.0'
  }
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
