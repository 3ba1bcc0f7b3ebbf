const url = 'https://api.example.com/v1/subscribe';
const options = {
  method: 'POST',
  headers: {'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8'},
  body: 'email=jane%40example.com&topic=news+%26+offers&topic=%C3%A9+%E2%98%95'
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
