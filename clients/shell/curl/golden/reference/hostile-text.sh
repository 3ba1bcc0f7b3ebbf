curl --request PUT \
  --url https://api.example.com/v1/raw \
  --header 'Content-Type: text/plain; charset=utf-8' \
  --data-raw $'it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \xe2\x80\xa8 😀 é\nline one\nline two\r\nthen\ttab end\n'
