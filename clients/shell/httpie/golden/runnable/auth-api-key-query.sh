http --ignore-stdin \
  GET https://api.example.com/v1/widgets \
  page==2 \
  "api_key==${EXAMPLE_API_KEY:-<api-key>}" \
  --print=hb
