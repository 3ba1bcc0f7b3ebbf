import axios from 'axios';

const response = await axios.request({
  method: 'GET',
  url: 'https://api.example.com/v1/items',
  headers: {
    Authorization: `Bearer ${process.env.API_TOKEN ?? 'tok"en,with=odd'}`,
    Accept: 'not a media type',
    'User-Agent': 'agent "quoted"',
    'If-None-Match': 'etag-without-quotes',
  },
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
