curl --request GET \
  --url https://api.example.com/v1/search \
  --header 'Content-Type: application/json' \
  --data '{
  "query": {
    "match": {
      "title": "snippets"
    }
  },
  "size": 10
}' \
  --write-out '\n%{http_code}\n'
