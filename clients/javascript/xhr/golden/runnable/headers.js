const xhr = new XMLHttpRequest();
xhr.open('GET', 'https://api.example.com/v1/headers');
xhr.setRequestHeader('Accept', 'application/json');
xhr.setRequestHeader('X-Trace', 'first');
xhr.setRequestHeader('X-Quoted', 'say "hi" and it\'s fine');
xhr.setRequestHeader('X-Backslash', 'C:\\path\\to\\file \\n not a newline');
xhr.setRequestHeader('X-Trace', 'second');
xhr.setRequestHeader('X-Dollar', '$HOME ${x} #{x} `cmd` %s {{x}}');
xhr.onload = () => {
  console.log(xhr.status);
  console.log(xhr.responseText);
};
xhr.onerror = () => console.error('The request failed');
xhr.send();
