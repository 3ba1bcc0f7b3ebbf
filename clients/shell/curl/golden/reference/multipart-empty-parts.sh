curl --request POST \
  --url https://api.example.com/v1/upload \
  --form-string note= \
  --form 'empty=@files/empty.txt;type=text/plain' \
  --form 'doc=@files/notes.txt;type=text/plain'
