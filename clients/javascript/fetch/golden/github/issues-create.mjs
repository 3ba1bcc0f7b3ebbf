const response = await fetch('https://api.github.com/repos/OWNER/REPO/issues', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
  },
  body: JSON.stringify({
    title: 'Found a bug',
    body: "I'm having a problem with this.",
    assignees: ['octocat'],
    milestone: 1,
    labels: ['bug'],
  }),
});

console.log(response.status);
console.log(await response.text());
