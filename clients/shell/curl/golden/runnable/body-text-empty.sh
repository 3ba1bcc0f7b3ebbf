curl --url https://api.example.com/v1/ping \
  --header 'Content-Type: text/plain' \
  --data-raw '' \
  --write-out '\n%{http_code}\n'
