const url = 'https://api.example.com/v1/ping';
const options = {method: 'POST', headers: {'Content-Type': 'text/plain'}, body: ''};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
