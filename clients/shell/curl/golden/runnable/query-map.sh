curl --url https://api.example.com/v2/events \
  --url-query type=push \
  --url-query type=pull_request \
  --url-query per_page=50 \
  --url-query active=true \
  --write-out '\n%{http_code}\n'
