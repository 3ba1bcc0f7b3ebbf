const url = 'https://api.example.com/v1/session';
const options = {method: 'GET', headers: {Cookie: 'session_id=abc123; theme=dark; lang=en-GB'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
