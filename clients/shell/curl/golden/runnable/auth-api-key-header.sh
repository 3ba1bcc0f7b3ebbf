curl --url https://api.example.com/v1/widgets \
  --header "X-API-Key: ${X_API_KEY:-<api-key>}" \
  --write-out '\n%{http_code}\n'
