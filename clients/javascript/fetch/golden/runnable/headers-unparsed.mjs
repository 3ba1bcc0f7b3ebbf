const response = await fetch('https://api.example.com/v1/items', {
  headers: {
    Authorization: `Bearer ${process.env.API_TOKEN ?? 'tok"en,with=odd'}`,
    Accept: 'not a media type',
    'User-Agent': 'agent "quoted"',
    'If-None-Match': 'etag-without-quotes',
  },
});

console.log(response.status);
console.log(await response.text());
