import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://openrouter.ai/api/v1/keys',
  headers: {
    Authorization: `Bearer ${process.env.OPENROUTER_API_KEY ?? '<token>'}`,
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    name: 'My New API Key',
    limit: 50,
    limit_reset: 'monthly',
    include_byok_in_limit: true,
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
