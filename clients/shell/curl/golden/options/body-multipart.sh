curl --url https://api.example.com/v1/upload \
  --max-time 2.5 \
  --form-string 'title=Quarterly report' \
  --form-string 'description=Line one, "quoted"; and ☕' \
  --form 'avatar=@files/avatar.png;type=image/png' \
  --form 'attachments=@files/notes.txt;type=text/plain' \
  --form 'attachments=@files/data.csv;type=text/csv' \
  --write-out '\n%{http_code}\n'
