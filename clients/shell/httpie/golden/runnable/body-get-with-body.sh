http --ignore-stdin \
  GET https://api.example.com/v1/search \
  Content-Type:application/json \
  --raw='{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}' \
  --print=hb
