wget --quiet --output-document=- --content-on-error \
  --method=POST \
  --header "Authorization: Bearer ${OPENROUTER_API_KEY:-<token>}" \
  --header 'Content-Type: application/json' \
  --body-data '{"name":"My New API Key","limit":50,"limit_reset":"monthly","include_byok_in_limit":true}' \
  https://openrouter.ai/api/v1/keys
