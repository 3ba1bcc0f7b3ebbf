const url = 'https://api.example.com/f%C3%BCr/v1/caf%C3%A9/%E2%98%95/na%C3%AFve/a%20b';
const options = {method: 'GET'};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
