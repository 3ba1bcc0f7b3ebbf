wget --quiet --output-document=- --content-on-error \
  --header 'accept: application/json' \
  --header 'X-Trace: first, second' \
  --header 'user-agent: docs-example/1.0' \
  https://api.example.com/v1/headers
