const response = await fetch('https://api.github.com/orgs/ORG/repos');

console.log(response.status);
console.log(await response.text());
