curl --url https://api.example.com/v1/echo/a%E2%80%AEb \
  --url-query $'q%E2%80%8B=x\xe2\x81\xa6y\xe2\x81\xa9z' \
  --url-query $'nbsp=a\xc2\xa0b' \
  --header 'Content-Type: application/json' \
  --data $'{\n  "rtl": "abc\xe2\x80\xaedef",\n  "zero\xe2\x80\x8bwidth": "a\xef\xbb\xbfb\xc2\xa0c\xf3\xa0\x81\x81d\xe3\x85\xa4e"\n}' \
  --write-out '\n%{http_code}\n'
