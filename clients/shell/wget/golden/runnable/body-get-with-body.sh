wget --quiet --output-document=- --content-on-error \
  --method=GET \
  --header 'Content-Type: application/json' \
  --body-data '{"query":{"match":{"title":"snippets"}},"size":10}' \
  https://api.example.com/v1/search
