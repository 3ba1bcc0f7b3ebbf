curl --request POST \
  --url https://api.example.com/v1/notes \
  --header 'Content-Type: text/plain; charset=utf-8' \
  --data-raw $'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n'
