wget --quiet --output-document=- --content-on-error \
  --header 'Accept: application/json' \
  https://api.example.com/v1/items/42
