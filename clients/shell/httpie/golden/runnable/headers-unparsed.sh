http --ignore-stdin \
  GET https://api.example.com/v1/items \
  "Authorization:Bearer ${API_TOKEN:-"tok\"en,with=odd"}" \
  'Accept:not a media type' \
  'User-Agent:agent "quoted"' \
  If-None-Match:etag-without-quotes \
  --print=hb
