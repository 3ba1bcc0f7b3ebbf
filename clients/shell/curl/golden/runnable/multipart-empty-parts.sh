curl --url https://api.example.com/v1/upload \
  --form-string note= \
  --form 'empty=@files/empty.txt;type=text/plain' \
  --form 'doc=@files/notes.txt;type=text/plain' \
  --write-out '\n%{http_code}\n'
