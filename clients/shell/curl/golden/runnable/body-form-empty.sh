curl --url https://api.example.com/v1/logout \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data '' \
  --write-out '\n%{http_code}\n'
