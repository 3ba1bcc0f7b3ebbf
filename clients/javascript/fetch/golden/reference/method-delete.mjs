const url = 'https://api.example.com/v1/items/42';
const options = {method: 'DELETE', headers: {Accept: 'application/json'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
