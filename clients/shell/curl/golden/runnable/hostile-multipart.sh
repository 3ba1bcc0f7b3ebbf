curl --url https://api.example.com/v1/forms \
  --form-string $'mix=it\'s a "mix" of \\ $HOME ${x} #{x} \\(x) %s {{x}} `cmd` */ ?> """ \xe2\x80\xa8 😀 é' \
  --form-string $'lines=line one\nline two\r\nthen\ttab end' \
  --form 'file=@files/notes.txt;type=text/plain;filename="it'\''s \"notes\".txt"' \
  --write-out '\n%{http_code}\n'
