http --ignore-stdin \
  PATCH https://api.example.com/v1/items/42 \
  'If-Match:"etag-1"' \
  Content-Type:application/json \
  --raw='{
  "count": 4
}' \
  --print=hb
