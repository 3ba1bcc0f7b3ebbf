const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.github.com/orgs/ORG/repos');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
