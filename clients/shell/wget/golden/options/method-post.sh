wget --quiet --output-document=- --content-on-error --timeout=2.5 \
  --method=POST \
  --header 'Content-Type: application/json' \
  --body-data '{"name":"widget","count":3}' \
  https://api.example.com/v1/items
