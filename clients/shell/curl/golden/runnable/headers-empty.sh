curl --url https://api.example.com/v1/flags \
  --header 'X-Empty;' \
  --header 'X-Other: set' \
  --write-out '\n%{http_code}\n'
