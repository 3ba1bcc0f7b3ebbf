http --ignore-stdin \
  GET https://api.example.com/v1/flags \
  'X-Empty;' \
  X-Other:set \
  --print=hb
