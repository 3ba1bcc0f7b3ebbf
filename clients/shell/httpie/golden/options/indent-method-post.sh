http --ignore-stdin \
    POST https://api.example.com/v1/items \
    Content-Type:application/json \
    --raw='{
  "name": "widget",
  "count": 3
}' \
    --print=hb
