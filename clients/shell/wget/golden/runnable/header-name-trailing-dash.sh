wget --quiet --output-document=- --content-on-error \
  --header 'X-Trace-: abc' \
  https://api.example.com/v1/items
