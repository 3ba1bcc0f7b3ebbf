curl --url https://api.example.com/v1/widgets \
  --url-query page=2 \
  --url-query "api_key=${EXAMPLE_API_KEY:-<api-key>}" \
  --write-out '\n%{http_code}\n'
