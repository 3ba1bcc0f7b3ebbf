wget --quiet --output-document=- --content-on-error \
  --method=OPTIONS \
  --header 'Accept: application/json' \
  https://api.example.com/v1/items/42
