const url = 'https://api.example.com/v1/search?=a&=b%20c&q=x';
const options = {method: 'GET'};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
