curl --head \
  --url https://api.example.com/v1/items/42 \
  --header 'Accept: application/json'
