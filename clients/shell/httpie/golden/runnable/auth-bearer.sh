http --ignore-stdin \
  GET https://api.example.com/v1/me \
  "Authorization:Bearer ${EXAMPLE_TOKEN:-<token>}" \
  --print=hb
