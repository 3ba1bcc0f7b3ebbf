curl --request TRACE \
  --url https://api.example.com/v1/echo \
  --write-out '\n%{http_code}\n'
