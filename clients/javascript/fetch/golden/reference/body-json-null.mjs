const url = 'https://api.example.com/v1/runs/42/rerun';
const options = {method: 'POST', headers: {'Content-Type': 'application/json'}, body: 'null'};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
