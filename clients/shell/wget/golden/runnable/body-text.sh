wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: text/plain; charset=utf-8' \
  --body-data $'First line\nSecond line with "quotes", \'apostrophes\' and a tab\there.\nUnicode: ☕ 🎉\n' \
  https://api.example.com/v1/notes
