curl --request POST \
  --url https://api.example.com/v1/forms \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode $'mix=it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \xe2\x80\xa8 😀 é' \
  --data-urlencode $'k%27%22%5C%24%60%7B%7Bx%7D%7D=line one\nline two\r\nthen\ttab end' \
  --data-urlencode mix=again
