wget --quiet --output-document=- --content-on-error \
  --method=PUT \
  --header 'Content-Type: application/json' \
  --body-data '[{"name":"red","weight":1},{"name":"green","weight":2.5},"blue"]' \
  https://api.example.com/v1/tags
