const form = new FormData();

const response = await fetch('https://api.example.com/v1/upload', {
  method: 'POST',
  body: form,
});

console.log(response.status);
console.log(await response.text());
