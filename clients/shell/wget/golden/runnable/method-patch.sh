wget --quiet --output-document=- --content-on-error \
  --method=PATCH \
  --header 'If-Match: "etag-1"' \
  --header 'Content-Type: application/json' \
  --body-data '{"count":4}' \
  https://api.example.com/v1/items/42
