curl --url https://api.example.com/v1/upload \
  --form-string 'dir\name=x' \
  --form 'file=@files/notes.txt;type=text/plain;filename="C:\\Users\\me\\notes.txt"' \
  --write-out '\n%{http_code}\n'
