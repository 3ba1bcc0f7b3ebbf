const url = 'https://api.example.com/v2/events?type=push&type=pull_request&per_page=50&active=true';
const options = {method: 'GET'};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
