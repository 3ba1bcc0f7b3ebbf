http --ignore-stdin \
  POST https://api.example.com/v1/echo/a%E2%80%AEb \
  $'q\xe2\x80\x8b==x\xe2\x81\xa6y\xe2\x81\xa9z' \
  $'nbsp==a\xc2\xa0b' \
  Content-Type:application/json \
  --raw=$'{\n  "rtl": "abc\xe2\x80\xaedef",\n  "zero\xe2\x80\x8bwidth": "a\xef\xbb\xbfb\xc2\xa0c\xf3\xa0\x81\x81d\xe3\x85\xa4e"\n}' \
  --print=hb
