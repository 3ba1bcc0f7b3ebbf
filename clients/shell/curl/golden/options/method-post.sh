curl --url https://api.example.com/v1/items \
  --max-time 2.5 \
  --header 'Content-Type: application/json' \
  --data '{
  "name": "widget",
  "count": 3
}' \
  --write-out '\n%{http_code}\n'
