curl --url https://api.example.com/v1/items \
    --header 'Content-Type: application/json' \
    --data '{
  "name": "widget",
  "count": 3
}' \
    --write-out '\n%{http_code}\n'
