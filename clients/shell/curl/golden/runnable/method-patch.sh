curl --request PATCH \
  --url https://api.example.com/v1/items/42 \
  --header 'If-Match: "etag-1"' \
  --header 'Content-Type: application/json' \
  --data '{
  "count": 4
}' \
  --write-out '\n%{http_code}\n'
