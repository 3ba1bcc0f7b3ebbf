const body = JSON.stringify(null);

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.example.com/v1/runs/42/rerun');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
