http --ignore-stdin \
  GET https://api.example.com/v1/search \
  '==a' \
  '==b c' \
  q==x \
  --print=hb
