const url = 'https://api.example.com/v1/widgets';
const options = {method: 'GET', headers: {Cookie: 'theme=dark; api_session=<session-key>'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
