const url = 'https://cdn.example.com/cache/images/logo.png';
const options = {method: 'PURGE', headers: {'X-Purge-Reason': 'deploy'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
