const response = await fetch('https://api.example.com/v1/runs/42/rerun', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify(null),
});

console.log(response.status);
console.log(await response.text());
