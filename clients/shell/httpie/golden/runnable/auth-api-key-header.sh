http --ignore-stdin \
  GET https://api.example.com/v1/widgets \
  "X-API-Key:${X_API_KEY:-<api-key>}" \
  --print=hb
