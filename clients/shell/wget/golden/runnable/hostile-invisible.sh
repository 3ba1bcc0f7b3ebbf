wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header 'Content-Type: application/json' \
  --body-data $'{"rtl":"abc\xe2\x80\xaedef","zero\xe2\x80\x8bwidth":"a\xef\xbb\xbfb\xc2\xa0c\xf3\xa0\x81\x81d\xe3\x85\xa4e"}' \
  'https://api.example.com/v1/echo/a%E2%80%AEb?q%E2%80%8B=x%E2%81%A6y%E2%81%A9z&nbsp=a%C2%A0b'
