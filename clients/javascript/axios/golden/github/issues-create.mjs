import axios from 'axios';

const response = await axios.request({
  method: 'POST',
  url: 'https://api.github.com/repos/OWNER/REPO/issues',
  headers: {
    'Content-Type': 'application/json',
  },
  data: JSON.stringify({
    title: 'Found a bug',
    body: "I'm having a problem with this.",
    assignees: ['octocat'],
    milestone: 1,
    labels: ['bug'],
  }),
  responseType: 'text',
  // An error status is printed like any other, not thrown.
  validateStatus: () => true,
});

console.log(response.status);
console.log(response.data);
