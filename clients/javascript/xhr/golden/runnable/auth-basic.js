const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/account');
xhr.setRequestHeader('Authorization', `Basic ${btoa(String.fromCharCode(...new TextEncoder().encode(`${process.env.API_USERNAME ?? '<username>'}:${process.env.API_PASSWORD ?? '<password>'}`)))}`);
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
