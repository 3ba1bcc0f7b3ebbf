curl --url https://api.example.com/v1/filters \
  --header 'Content-Type: application/x-www-form-urlencoded' \
  --data-urlencode tag=red \
  --data-urlencode tag=red \
  --data-urlencode tag=blue \
  --write-out '\n%{http_code}\n'
