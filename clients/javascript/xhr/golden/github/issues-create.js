const body = JSON.stringify({
  title: 'Found a bug',
  body: "I'm having a problem with this.",
  assignees: ['octocat'],
  milestone: 1,
  labels: ['bug'],
});

const xhr = new XMLHttpRequest();
xhr.open('POST', 'https://api.github.com/repos/OWNER/REPO/issues');
xhr.setRequestHeader('Content-Type', 'application/json');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send(body);
