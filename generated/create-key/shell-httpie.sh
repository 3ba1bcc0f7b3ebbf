http --ignore-stdin \
  POST https://openrouter.ai/api/v1/keys \
  "Authorization:Bearer ${OPENROUTER_API_KEY:-<token>}" \
  Content-Type:application/json \
  --raw='{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}' \
  --print=hb
