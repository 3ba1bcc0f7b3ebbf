const url = 'https://api.example.com/v1/headers';
const options = {
  method: 'GET',
  headers: {
    Accept: 'application/json',
    'X-Trace': 'first, second',
    'X-Quoted': 'say "hi" and it\'s fine',
    'X-Backslash': 'C:\\path\\to\\file \\n not a newline',
    'X-Dollar': '$HOME ${x} #{x} `cmd` %s {{x}}'
  }
};

try {
  const response = await fetch(url, options);
  const data = await response.json();
  console.log(data);
} catch (error) {
  console.error(error);
}
