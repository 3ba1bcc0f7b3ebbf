curl --url https://openrouter.ai/api/v1/keys \
  --header "Authorization: Bearer ${OPENROUTER_API_KEY:-<token>}" \
  --header 'Content-Type: application/json' \
  --data '{
  "name": "My New API Key",
  "limit": 50,
  "limit_reset": "monthly",
  "include_byok_in_limit": true
}' \
  --write-out '\n%{http_code}\n'
