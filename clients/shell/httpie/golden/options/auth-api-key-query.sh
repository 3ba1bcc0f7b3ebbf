http --ignore-stdin --timeout 2.5 \
  GET https://api.example.com/v1/widgets \
  page==2 \
  "api_key==${EXAMPLE_API_KEY:-<api-key>}" \
  --print=hb
