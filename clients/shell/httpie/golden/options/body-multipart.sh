http --ignore-stdin --timeout 2.5 \
  --multipart \
  POST https://api.example.com/v1/upload \
  'title=Quarterly report' \
  'description=Line one, "quoted"; and ☕' \
  'avatar@files/avatar.png;type=image/png' \
  'attachments@files/notes.txt;type=text/plain' \
  'attachments@files/data.csv;type=text/csv' \
  --print=hb
