const url = 'https://api.example.com/v1/flags';
const options = {method: 'GET', headers: {'X-Empty': '', 'X-Other': 'set'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
