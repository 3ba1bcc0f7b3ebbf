http --ignore-stdin \
  POST https://api.example.com/v1/notes \
  'Content-Type:text/plain; charset=utf-8' \
  --raw=$'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n' \
  --print=hb
