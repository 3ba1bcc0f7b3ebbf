http --ignore-stdin \
  --multipart \
  POST https://api.example.com/v1/upload \
  note= \
  'empty@files/empty.txt;type=text/plain' \
  'doc@files/notes.txt;type=text/plain' \
  --print=hb
