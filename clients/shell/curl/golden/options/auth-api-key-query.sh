curl --url https://api.example.com/v1/widgets \
  --max-time 2.5 \
  --url-query page=2 \
  --url-query "api_key=${EXAMPLE_API_KEY:-<api-key>}" \
  --write-out '\n%{http_code}\n'
