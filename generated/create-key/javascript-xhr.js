const body = JSON.stringify({
  name: 'My New API Key',
  limit: 50,
  limit_reset: 'monthly',
  include_byok_in_limit: true,
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://openrouter.ai/api/v1/keys');
xhr.setRequestHeader('Authorization', `Bearer ${process.env.OPENROUTER_API_KEY ?? '<token>'}`);
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
