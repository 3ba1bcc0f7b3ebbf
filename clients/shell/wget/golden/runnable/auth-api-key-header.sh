wget --quiet --output-document=- --content-on-error \
  --header "X-API-Key: ${X_API_KEY:-<api-key>}" \
  https://api.example.com/v1/widgets
