const url = 'https://api.example.com/v1/account';
const options = {method: 'GET', headers: {Authorization: 'Basic PHVzZXJuYW1lPjo8cGFzc3dvcmQ+'}};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
