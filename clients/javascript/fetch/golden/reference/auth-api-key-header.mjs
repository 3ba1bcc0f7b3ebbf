const url = 'https://api.example.com/v1/widgets';
const options = {method: 'GET', headers: {'X-API-Key': '<api-key>'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
