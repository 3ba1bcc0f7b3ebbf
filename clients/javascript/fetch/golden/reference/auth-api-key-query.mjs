const url = 'https://api.example.com/v1/widgets?page=2&api_key=%3Capi-key%3E';
const options = {method: 'GET'};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
