const url = 'https://api.example.com/v1/items';
const options = {
  method: 'GET',
  headers: {
    Authorization: 'Bearer tok"en,with=odd',
    Accept: 'not a media type',
    'User-Agent': 'agent "quoted"',
    'If-None-Match': 'etag-without-quotes'
  }
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
