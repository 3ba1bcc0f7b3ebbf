curl --url https://api.example.com/v1/items \
  --header 'X-Trace-: abc' \
  --write-out '\n%{http_code}\n'
