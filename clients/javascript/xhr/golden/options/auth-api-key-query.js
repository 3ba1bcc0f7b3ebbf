const query = new URLSearchParams([
  ['page', '2'],
  ['api_key', process.env.EXAMPLE_API_KEY ?? '<api-key>'],
]);

const xhr = new XMLHttpRequest();
xhr.open('GET', `https://api.example.com/v1/widgets?${query}`);
xhr.timeout = 2500;
xhr.ontimeout = () => console.error('The request timed out');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
