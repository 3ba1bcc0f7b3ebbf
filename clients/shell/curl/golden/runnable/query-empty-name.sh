curl --url https://api.example.com/v1/search \
  --url-query +=a \
  --url-query +=b%20c \
  --url-query q=x \
  --write-out '\n%{http_code}\n'
