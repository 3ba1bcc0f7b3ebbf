http --ignore-stdin --timeout 2.5 \
  POST https://api.example.com/v1/items \
  Content-Type:application/json \
  --raw='{
  "name": "widget",
  "count": 3
}' \
  --print=hb
